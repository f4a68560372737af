import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../errors.ts';
import { inflectAdjective } from './dutch-adjective.ts';

/** The shipped table of Dutch adjectives and inhabitant names of places. */
export const DEMONYM_TABLE = fileURLToPath(new URL('../../../data/demonyms-nl.txt', import.meta.url));

/** One row of `data/demonyms-nl.txt`: a place and the words derived from it (null: none). */
export interface DemonymRow {
  /** The place (Polen); null for a compound adjective of no one place (Frans-Duits). */
  readonly place: string | null;
  readonly adjective: string | null;
  readonly inhabitant: string | null;
  readonly inhabitants: string | null;
  readonly female: string | null;
}

const CELLS = 5;

/** Reads the table (`place | adjective | inhabitant | inhabitants | female`, `-` for none). */
export function parseDemonymTable(text: string, file: string): DemonymRow[] {
  const rows: DemonymRow[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length !== CELLS) throw new InputError('bad-record', { file, line: index + 1 }, `expected ${CELLS} cells separated by "|", found ${cells.length}`);
    const [place, adjective, inhabitant, inhabitants, female] = cells.map((cell) => (cell === '-' || cell === '' ? null : cell));
    rows.push({ place: place!, adjective: adjective!, inhabitant: inhabitant!, inhabitants: inhabitants!, female: female! });
  });
  return rows;
}

/** Every word of a row that points to its place: adjective, inflected adjective, inhabitants. */
export function demonymForms(row: DemonymRow): string[] {
  const forms = [row.adjective, row.adjective ? inflectAdjective(row.adjective) : null, row.inhabitant, row.inhabitants, row.female];
  return forms.filter((form): form is string => form !== null);
}

/** The shipped table, read once per process. */
let shipped: DemonymRow[] | undefined;
export function loadDemonymTable(path: string = DEMONYM_TABLE): DemonymRow[] {
  if (path === DEMONYM_TABLE) return (shipped ??= parseDemonymTable(readFileSync(path, 'utf8'), path));
  return parseDemonymTable(readFileSync(path, 'utf8'), path);
}
