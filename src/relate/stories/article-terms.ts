import { stopwords } from '@orama/stopwords/dutch';
import { foldWord, stemWord } from '../../search/terms.ts';

const WORD = /\p{L}[\p{L}\p{N}]*/gu;
const STOPWORDS = new Set(stopwords.map(foldWord));
/** Title words count this many times: the title says what the article is about. */
const TITLE_WEIGHT = 3;
/** Shorter words carry little of a story (names come from NER, not from here). */
const MIN_WORD_LENGTH = 3;

/** An article's Dutch stems: how often each occurs (title words weigh more) and a word as written for each. */
export interface StemCounts {
  readonly counts: Map<string, number>;
  readonly words: Map<string, string>;
}

/** How often each Dutch stem occurs in an article's title and text, stop words left out. */
export function stemCounts(title: string | null, text: string): StemCounts {
  const counts = new Map<string, number>();
  const words = new Map<string, string>();
  const add = (source: string, weight: number): void => {
    for (const match of source.matchAll(WORD)) {
      const word = foldWord(match[0]);
      if (word.length < MIN_WORD_LENGTH || STOPWORDS.has(word)) continue;
      const stem = stemWord(word);
      counts.set(stem, (counts.get(stem) ?? 0) + weight);
      if (!words.has(stem)) words.set(stem, match[0]);
    }
  };
  if (title) add(title, TITLE_WEIGHT);
  add(text, 1);
  return { counts, words };
}
