import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../errors.ts';

/** The data tables of the figures layer (docs/figures.md), each read once. */
export const NUMBER_WORDS_TABLE = new URL('../../../data/number-words-nl.tsv', import.meta.url);
export const QUALIFIERS_TABLE = new URL('../../../data/figure-qualifiers-nl.tsv', import.meta.url);
export const UNITS_TABLE = new URL('../../../data/figure-units-nl.tsv', import.meta.url);
export const QUANTITIES_TABLE = new URL('../../../data/figure-quantities-nl.tsv', import.meta.url);
export const SOURCE_CUES_TABLE = new URL('../../../data/figure-source-cues-nl.tsv', import.meta.url);

/** One row of a table: its cells by column name, and its 1-based line for messages. */
export interface TableRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Parses a tab-separated table: `#` starts a comment line, the first other line names the
 * columns, which must be `columns`; `-` is an empty cell. A malformed row is an InputError
 * naming the file and line, never skipped in silence.
 */
export function parseTable(text: string, file: string, columns: readonly string[]): TableRow[] {
  const rows: TableRow[] = [];
  let header = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      if (cells.join('\t') !== columns.join('\t')) throw new InputError('bad-record', { file, line: index + 1 }, `the header must be ${columns.join(', ')}`);
      header = true;
      return;
    }
    if (cells.length !== columns.length) throw new InputError('bad-record', { file, line: index + 1 }, `${cells.length} cells for ${columns.length} columns`);
    rows.push({ line: index + 1, cells: Object.fromEntries(columns.map((column, c) => [column, cells[c] === '-' ? '' : cells[c]!.trim()])) });
  });
  return rows;
}

/** Reads one of the tables above. */
export function readTable(url: URL, columns: readonly string[]): TableRow[] {
  return parseTable(readFileSync(url, 'utf8'), fileURLToPath(url), columns);
}
