import type { EntityType } from './mention.ts';

/**
 * The gazetteer file (models/gazetteer-nl.tsv.gz): gzipped UTF-8 text, `#` header lines (format
 * and version first, then provenance and the `# lists:` line), then one line per spelling of a
 * name, sorted by UTF-16 code units:
 *
 *     Den Haag <TAB> loc-city
 *     Engels <TAB> misc-language,misc-nationality
 *
 * Tokens of a name are separated by one space, as Kroniek's tokenizer splits them; the lists
 * it belongs to are comma-separated names from `# lists:`. Case is kept: the matcher folds it
 * to find the entry and then tells an exact match from a case-folded one.
 */
export const GAZETTEER_FORMAT = 'kroniek-gazetteer';
export const GAZETTEER_VERSION = 1;
export const LISTS_HEADER = '# lists: ';

/** A list of names of one kind. */
export interface GazetteerListInfo {
  readonly name: string;
  /** The entity type its names usually have (CoNLL-2002 scheme). */
  readonly type: EntityType;
  readonly description: string;
}

/** The lists the build script writes, in file order (at most 32: the matcher keeps a bit mask). */
export const GAZETTEER_LISTS: readonly GazetteerListInfo[] = [
  { name: 'per-first', type: 'PER', description: 'first names' },
  { name: 'per-last', type: 'PER', description: 'family names' },
  { name: 'per-name', type: 'PER', description: 'parts of person names of any kind (no first/last split)' },
  { name: 'loc-country', type: 'LOC', description: 'countries and territories, Dutch names and their English, German and French ones' },
  { name: 'loc-city', type: 'LOC', description: 'cities, towns and villages' },
  { name: 'loc-region', type: 'LOC', description: 'provinces, states, regions, continents' },
  { name: 'loc-geo', type: 'LOC', description: 'seas, rivers, mountains, islands' },
  { name: 'org-name', type: 'ORG', description: 'organisations: institutions, parties, companies, media, clubs' },
  { name: 'org-suffix', type: 'ORG', description: 'legal forms after a company name: B.V., NV, vzw, GmbH' },
  { name: 'misc-nationality', type: 'MISC', description: 'nationality adjectives and demonyms: Pools, Poolse, Polen' },
  { name: 'misc-language', type: 'MISC', description: 'languages' },
  { name: 'misc-event', type: 'MISC', description: 'events, competitions, holidays, wars' },
];

/** How the words of a match are written compared to the entry. */
export const CASE_CLASSES = ['exact', 'lower', 'other'] as const;
export type CaseClass = (typeof CASE_CLASSES)[number];
export const EXACT = 0;
/** A word starts lower-case where the entry starts upper-case ("bos" for the name "Bos"). */
export const LOWER = 1;
/** Any other case difference: capitals ("NAVO" for "Navo"), a capital on a lower-case entry. */
export const OTHER = 2;

/** BILOU: the first, inside and last token of a multi-token match, or a one-token match. */
export const POSITIONS = ['B', 'I', 'L', 'U'] as const;
export type MatchPosition = (typeof POSITIONS)[number];

/**
 * Case folding of one UTF-16 code unit, as a table: lower case, and the typographic apostrophe as
 * the straight one ("Côte d’Ivoire" finds "Côte d'Ivoire"). Code units whose lower case is not
 * one code unit stay themselves, except İ (Turkish dotted capital), which folds to i.
 */
export const FOLD: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const lower = c >= 0xd800 && c < 0xe000 ? '' : String.fromCharCode(c).toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  table[0x2019] = 0x27;
  table[0x0130] = 0x69;
  return table;
})();

/** A word folded as the matcher folds it (for building and tests; the matcher uses FOLD). */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(FOLD[word.charCodeAt(i)]!);
  return out;
}
