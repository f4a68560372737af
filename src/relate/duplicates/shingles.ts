import { hashString, mix } from '../../annotate/linear/hashing.ts';
import { foldedWordsOf } from '../../search/terms.ts';

/** Words in a shingle: five-word runs survive light edits in most of a text, yet rarely recur by chance. */
export const SHINGLE_WORDS = 5;

/**
 * The hashed word shingles of a cleaned text: every run of SHINGLE_WORDS folded words (case
 * and diacritics folded, punctuation ignored), as a set. A text shorter than one shingle gives
 * one shingle of all its words, and an empty text none.
 *
 * @example shingleSet('Loekasjenko belde Poetin op woensdag.').size // 1
 */
export function shingleSet(text: string): Set<number> {
  return new Set(shinglesOfWords(foldedWordsOf(text).folded));
}

/** The shingles of a text's folded words (`foldedWordsOf`) in text order, repeats kept: a
 * MinHash needs no set (the least hash of a list is that of its set), so none is built. */
export function shinglesOfWords(folded: readonly string[]): Uint32Array {
  if (folded.length === 0) return new Uint32Array(0);
  const words = folded.map(hashString);
  const last = Math.max(words.length - SHINGLE_WORDS, 0);
  const shingles = new Uint32Array(last + 1);
  for (let i = 0; i <= last; i++) {
    let hash = SHINGLE_WORDS;
    for (let j = i; j < Math.min(i + SHINGLE_WORDS, words.length); j++) hash = mix(hash, words[j]!);
    shingles[i] = hash;
  }
  return shingles;
}
