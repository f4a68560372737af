import { stopwords } from '@orama/stopwords/dutch';
import { foldWord, stemWord } from '../../search/terms.ts';

const WORD = /\p{L}[\p{L}\p{N}]*/gu;
const STOPWORDS = new Set(stopwords.map(foldWord));
/** Title words count this many times: the title says what the article is about. */
const TITLE_WEIGHT = 3;
/** Words shorter than this carry little of a story (de, op, EU stays: names come from NER). */
const MIN_WORD_LENGTH = 3;

/** How often each Dutch stem occurs in an article's title and text, stop words left out. */
export function stemCounts(title: string | null, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (source: string, weight: number): void => {
    for (const match of source.matchAll(WORD)) {
      const word = foldWord(match[0]);
      if (word.length < MIN_WORD_LENGTH || STOPWORDS.has(word)) continue;
      const stem = stemWord(word);
      counts.set(stem, (counts.get(stem) ?? 0) + weight);
    }
  };
  if (title) add(title, TITLE_WEIGHT);
  add(text, 1);
  return counts;
}
