import type { ConlluSentence } from '../../conllu/conllu.ts';
import { isLegacySentence, modernizeSentence } from '../../conllu/legacy-conventions.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { modernizeLemmas } from './legacy-lemmas.ts';
import { plainLemma, type LemmaSentence } from './lemmatizer-training.ts';

/** A head found in a legacy compound lemma must be a word training saw this often... */
const MIN_HEAD_COUNT = 2;
/** ...and this long: short words (-raad, -lid) hide inside too many others. */
const MIN_HEAD_LENGTH = 4;

/** The lemmatiser's view of a CoNLL-U sentence: words, tags, lemmas and the gold tree. */
export function lemmaSentenceOf(sentence: ConlluSentence): LemmaSentence {
  const { words } = sentence;
  return {
    words: words.map((word) => word.form),
    upos: words.map((word) => word.upos),
    xpos: words.map((word) => word.xpos),
    lemmas: words.map((word) => plainLemma(word.lemma)),
    heads: words.map((word) => word.head),
    deprels: words.map((word) => word.deprel),
  };
}

/**
 * Training sentences in the current UD Dutch conventions: each sentence through
 * modernizeSentence (legacy-conventions.ts), and the lemmas of the 2017 file through
 * modernizeLemmas (legacy-lemmas.ts), whose compound heads must be words the training data
 * has with the same UPOS.
 */
export function lemmaTrainingSentences(sentences: readonly ConlluSentence[], lexicon: Lexicon | undefined): LemmaSentence[] {
  const modern = sentences.map(modernizeSentence);
  const counts = new Map<string, number>();
  for (const sentence of modern) {
    for (const word of sentence.words) {
      const key = `${word.upos}\t${word.form.toLowerCase()}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const isHead = (head: string, upos: string): boolean => head.length >= MIN_HEAD_LENGTH && (counts.get(`${upos}\t${head}`) ?? 0) >= MIN_HEAD_COUNT;
  return modern.map((sentence) => {
    const plain = lemmaSentenceOf(sentence);
    return isLegacySentence(sentence) ? modernizeLemmas(plain, lexicon, isHead) : plain;
  });
}
