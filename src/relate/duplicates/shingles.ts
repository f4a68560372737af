import { hashString, mix } from '../../annotate/linear/hashing.ts';
import { foldWord } from '../../search/terms.ts';

/** Words in a shingle: five-word runs survive light edits in most of a text, yet rarely recur by chance. */
export const SHINGLE_WORDS = 5;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The hashed word shingles of a cleaned text: every run of SHINGLE_WORDS folded words (case
 * and diacritics folded, punctuation ignored), as a set. A text shorter than one shingle gives
 * one shingle of all its words, and an empty text none.
 *
 * @example shingleSet('Loekasjenko belde Poetin op woensdag.').size // 1
 */
export function shingleSet(text: string): Set<number> {
  const words = Array.from(text.matchAll(WORD), (match) => hashString(foldWord(match[0])));
  const shingles = new Set<number>();
  if (words.length === 0) return shingles;
  const last = Math.max(words.length - SHINGLE_WORDS, 0);
  for (let i = 0; i <= last; i++) {
    let hash = SHINGLE_WORDS;
    for (let j = i; j < Math.min(i + SHINGLE_WORDS, words.length); j++) hash = mix(hash, words[j]!);
    shingles.add(hash);
  }
  return shingles;
}
