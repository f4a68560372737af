import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.ts';

/**
 * The gold files of `kroniek eval facts` are tab-separated tables a person can read and edit:
 * `#` starts a comment line, the first other line names the columns, every row after it has
 * one cell per column (an empty cell or `-` means none). One file per layer: timexes.tsv,
 * quotes.tsv, figures.tsv, events.tsv, conflicts.tsv (eval/facts/README.md).
 */
export interface GoldRow {
  /** 1-based line in the gold file, for messages. */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** The rows of a gold table; a row with the wrong number of cells or a missing column is an error naming its line. */
export function readGoldTable(path: string, required: readonly string[]): GoldRow[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: GoldRow[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    const cells = text.split('\t').map((cell) => cell.trim());
    if (!header) {
      header = cells;
      const missing = required.filter((column) => !cells.includes(column));
      if (missing.length > 0) throw new InputError('bad-record', { file: path, line: i + 1 }, `the header lacks the column(s) ${missing.join(', ')}`);
      return;
    }
    if (cells.length !== header.length) {
      throw new InputError('bad-record', { file: path, line: i + 1 }, `${cells.length} cells for ${header.length} columns (${header.join(', ')})`);
    }
    rows.push({ line: i + 1, cells: Object.fromEntries(header.map((column, c) => [column, cells[c] === '-' ? '' : cells[c]!])) });
  });
  return rows;
}

/** A character range of a document's cleaned text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a gold cell's text occurs in a document: `woensdag` is its first occurrence,
 * `woensdag#2` its second. Null when it does not occur (the gold row is then reported).
 */
export function findOccurrence(text: string, needle: string): TextRange | null {
  const numbered = /^(.*\S)#(\d+)$/.exec(needle);
  const wanted = numbered ? numbered[1]! : needle;
  let nth = numbered ? Number(numbered[2]) : 1;
  let from = 0;
  while (nth > 0) {
    const at = text.indexOf(wanted, from);
    if (at < 0) return null;
    if (--nth === 0) return { start: at, end: at + wanted.length };
    from = at + 1;
  }
  return null;
}

/** Whether two ranges share at least one character. */
export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Splits a table into the documents it covers and its fact rows: a row whose `factColumn` is
 * empty only declares its document annotated (with none of the layer's facts).
 */
export function coverage(rows: readonly GoldRow[], factColumn: string): { documents: ReadonlySet<string>; facts: readonly GoldRow[] } {
  return {
    documents: new Set(rows.map((row) => row.cells.document ?? '')),
    facts: rows.filter((row) => (row.cells[factColumn] ?? '') !== ''),
  };
}
