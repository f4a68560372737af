import type { ExonymLexicon } from './exonym-lexicon.ts';
import { nameWords } from './fold-name.ts';
import { nameKey } from './name-key.ts';

/** Legal forms and group words that end a company's name without changing what it names:
 * General Motors Corporation = General Motors, Chrysler LLC = Chrysler, Aer Lingus Group PLC. */
const LEGAL_FORMS = new Set(['corporation', 'corp', 'company', 'co', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'nv', 'bv', 'ag', 'sa', 'gmbh', 'group', 'groep', 'holding', 'holdings']);
/** Words an acronym leaves out: United States of America -> USA, Raad van State -> RvS (no). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'van', 'de', 'der', 'het', 'voor', 'en', '&']);
/** An acronym as written: two to six capitals (GM, USAF, UAW). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * The key of an organisation's (or any non-person's) name: nameKey without trailing legal
 * forms, as long as a word is left: `General Motors Corporation` -> `general motors`.
 */
export function organisationKey(text: string): string {
  const words = nameWords(text);
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1)!)) words.pop();
  return nameKey(words.join(' '));
}

/** Whether a one-word name is written as an acronym (GM, USAF). */
export function isAcronym(text: string): boolean {
  return ACRONYM.test(text);
}

/**
 * The acronym of a name of two or more words: the first letters of its capitalised words,
 * legal forms and small words left out. `United States Air Force` -> `USAF`; null for one word.
 */
export function acronymOf(text: string): string | null {
  const words = text.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIPS.has(w.toLowerCase()) && !LEGAL_FORMS.has(w.toLowerCase().replace(/\./g, '')));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w.charAt(0)).join('');
}

/**
 * The rest of a name after a leading adjective of place (`Japanse Toyota` -> `Toyota`,
 * `Amerikaanse Federal Reserve` -> `Federal Reserve`), or null. Used only where the rest is
 * named on its own in the same article: `Amerikaanse Senaat` is not just any `Senaat`.
 */
export function afterDemonym(text: string, lexicon: ExonymLexicon): string | null {
  const match = /^(\S+)\s+(\S.*)$/.exec(text);
  if (!match || !/^\p{Lu}/u.test(match[2]!) || !lexicon.demonym(match[1]!)) return null;
  return match[2]!;
}
