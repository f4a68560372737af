import { distance } from 'fastest-levenshtein';

/** Below this many letters no typo is allowed: short surnames differ by one letter all the time
 * (Kok, Kik; Rau, Roe), so one edit is as likely another person as a slip. */
const MIN_LETTERS_FOR_ONE_EDIT = 5;
/** From this many letters two edits are allowed: a swapped or doubled letter in a long name
 * (Loekaskeno for Loekasjenko is two edits) while long real surnames rarely lie two apart. */
const MIN_LETTERS_FOR_TWO_EDITS = 8;

/** A surname's two forms: its transliteration key and its folded spelling. */
export interface SurnameForm {
  readonly key: string;
  readonly folded: string;
}

/** How many edits a name of this many letters may be off by and still be a typo of another. */
export function maxTypoEdits(letters: number): number {
  if (letters >= MIN_LETTERS_FOR_TWO_EDITS) return 2;
  if (letters >= MIN_LETTERS_FOR_ONE_EDIT) return 1;
  return 0;
}

/**
 * Whether two differently keyed names are near enough to be one name mistyped: the Levenshtein
 * distance of their keys, or of their folded spellings (a slip is made in one spelling, which
 * the key may stretch: `loekaskeno`/`loekasjenko` are two edits apart, their keys three), is
 * within maxTypoEdits of the shorter. Closeness alone never merges: see corpus-clusters.ts.
 *
 * @example isNearSpelling({ key: 'lukaskeno', folded: 'loekaskeno' }, { key: 'lukaxenko', folded: 'loekasjenko' }) // true
 */
export function isNearSpelling(a: SurnameForm, b: SurnameForm): boolean {
  if (a.key === b.key) return false;
  const allowed = maxTypoEdits(Math.min(a.folded.length, b.folded.length));
  if (allowed === 0) return false;
  return Math.min(distance(a.key, b.key), distance(a.folded, b.folded)) <= allowed;
}
