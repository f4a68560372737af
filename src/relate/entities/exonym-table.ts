import { InputError } from '../../errors.ts';

/** What a row says about its name: the display name, another name, or a word derived from it. */
export const EXONYM_KINDS = ['preferred', 'name', 'adjective', 'inhabitant'] as const;
export type ExonymKind = (typeof EXONYM_KINDS)[number];

/** The entity types a lexicon entry can have (people are never in it). */
export const EXONYM_TYPES = ['LOC', 'ORG'] as const;
export type ExonymType = (typeof EXONYM_TYPES)[number];

/**
 * One row of `data/exonyms-nl.tsv`: `id  type  kind  name  source`.
 * - `id`: the thing named: an ISO 3166 code for a country (`BY`), `BY:capital` for its capital,
 *   `org:navo`, `region:europa`, ...
 * - `kind`: `preferred` (the display name, also a name), `name`, `adjective` (base form:
 *   Wit-Russisch; the inflected Wit-Russische is derived), `inhabitant` (Wit-Rus, Wit-Russen).
 * - `source`: where the row comes from: `cldr-nl`, `cldr-en`, `cldr-de`, `cldr-fr` (CLDR through
 *   Node's Intl.DisplayNames), `cldr-zones-*` (CLDR time-zone cities), `countries-list` (MIT),
 *   or `kroniek` (written by hand for this project).
 */
export interface ExonymRow {
  readonly id: string;
  readonly type: ExonymType;
  readonly kind: ExonymKind;
  readonly name: string;
  readonly source: string;
}

const COLUMNS = 5;

/**
 * Reads the table; `#` starts a comment line. A malformed row is an InputError naming the file
 * and line, never skipped in silence.
 */
export function parseExonymTable(text: string, file: string): ExonymRow[] {
  const rows: ExonymRow[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const fail = (reason: string): never => {
      throw new InputError('bad-record', { file, line: index + 1 }, reason);
    };
    const cells = line.split('\t');
    if (cells.length !== COLUMNS) fail(`expected ${COLUMNS} tab-separated columns (id, type, kind, name, source), found ${cells.length}`);
    const [id, type, kind, name, source] = cells.map((cell) => cell.trim()) as [string, string, string, string, string];
    if (!(EXONYM_TYPES as readonly string[]).includes(type)) fail(`type must be one of ${EXONYM_TYPES.join(', ')}, not "${type}"`);
    if (!(EXONYM_KINDS as readonly string[]).includes(kind)) fail(`kind must be one of ${EXONYM_KINDS.join(', ')}, not "${kind}"`);
    if (!id || !name || !source) fail('id, name and source may not be empty');
    rows.push({ id, type: type as ExonymType, kind: kind as ExonymKind, name, source });
  });
  return rows;
}

/** Writes rows in the table's own format, after the given comment lines. */
export function formatExonymTable(rows: readonly ExonymRow[], comments: readonly string[]): string {
  const lines = [...comments.map((comment) => `# ${comment}`.trimEnd()), '# id\ttype\tkind\tname\tsource'];
  for (const row of rows) lines.push([row.id, row.type, row.kind, row.name, row.source].join('\t'));
  return `${lines.join('\n')}\n`;
}
