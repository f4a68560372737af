import { stopwords } from '@orama/stopwords/dutch';
import { foldWord, foldedWordsOf, stemFolded, type FoldedWords } from '../../search/terms.ts';

const STOPWORDS = new Set(stopwords.map(foldWord));
/** Title words count this many times: the title says what the article is about. */
const TITLE_WEIGHT = 3;
/** Shorter words carry little of a story (names come from NER, not from here). */
const MIN_WORD_LENGTH = 3;
/** A term starts with a letter: the digits in front of one ("2020abc") are no part of it. */
const LEADING_DIGITS = /^\p{N}+/u;

/** An article's Dutch stems: how often each occurs (title words weigh more) and a word as written for each. */
export interface StemCounts {
  readonly counts: Map<string, number>;
  readonly words: Map<string, string>;
}

/** How often each Dutch stem occurs in an article's title and text (its words from
 * `foldedWordsOf`, shared with the near-duplicate shingles), stop words left out. */
export function stemCounts(title: string | null, text: FoldedWords): StemCounts {
  const counts = new Map<string, number>();
  const words = new Map<string, string>();
  const add = ({ written, folded }: FoldedWords, weight: number): void => {
    for (let i = 0; i < folded.length; i++) {
      let word = folded[i]!;
      let asWritten = written[i]!;
      if (!isLetter(word)) {
        asWritten = asWritten.replace(LEADING_DIGITS, '');
        if (asWritten === '') continue;
        word = foldWord(asWritten);
      }
      if (word.length < MIN_WORD_LENGTH || STOPWORDS.has(word)) continue;
      const stem = stemFolded(word);
      counts.set(stem, (counts.get(stem) ?? 0) + weight);
      if (!words.has(stem)) words.set(stem, asWritten);
    }
  };
  if (title) add(foldedWordsOf(title), TITLE_WEIGHT);
  add(text, 1);
  return { counts, words };
}

/** Whether a folded word starts with a letter (most do: a cheap test before the regular expression). */
function isLetter(word: string): boolean {
  const code = word.charCodeAt(0);
  return (code >= 0x61 && code <= 0x7a) || (code > 0x7f && !LEADING_DIGITS.test(word));
}
