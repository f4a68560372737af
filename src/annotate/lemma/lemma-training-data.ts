import type { ConlluSentence } from '../../conllu/conllu.ts';
import { isLegacySentence, modernizeSentence } from '../../conllu/legacy-conventions.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { FrogToken } from './frog-silver.ts';
import { modernizeLemmas } from './legacy-lemmas.ts';
import { plainLemma, type LemmaSentence } from './lemmatizer-training.ts';

/** A head found in a legacy compound lemma must be a word training saw this often... */
const MIN_HEAD_COUNT = 2;
/** ...and this long: short words (-raad, -lid) hide inside too many others. */
const MIN_HEAD_LENGTH = 4;

/**
 * Silver words count this much against one treebank word: enough to lemmatise a word the
 * treebanks lack, never enough to outvote them (measured on the LassySmall tune half: 0.01
 * beats 0.1 and 0.3).
 */
export const SILVER_WEIGHT = 0.01;
/**
 * Silver words the lemmatiser learns from: lower-case nouns, verbs and adjectives. Frog's
 * conventions differ from the treebanks' for names (`Amerikanen` stays `Amerikanen`),
 * capitalised words and closed classes, so those are left out.
 */
const SILVER_CLASSES = new Set(['NOUN', 'VERB', 'AUX', 'ADJ']);

/** The silver sentence's usable words, as a training sentence (frog-silver.ts). */
export function silverSentence(tokens: readonly FrogToken[]): LemmaSentence {
  const kept = tokens.filter((token) => SILVER_CLASSES.has(token.upos) && token.form === token.form.toLowerCase());
  return {
    words: kept.map((token) => token.form),
    upos: kept.map((token) => token.upos),
    xpos: kept.map((token) => token.xpos),
    lemmas: kept.map((token) => plainLemma(token.lemma)),
    weight: SILVER_WEIGHT,
  };
}

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
 * modernizeSentence (legacy-conventions.ts), and the lemmas of the 2017 file and of silver
 * data (which write compounds as one word, like the 2017 file) through modernizeLemmas
 * (legacy-lemmas.ts), whose compound heads must be words the treebanks have with the same UPOS.
 */
export function lemmaTrainingSentences(sentences: readonly ConlluSentence[], lexicon: Lexicon | undefined, silver: readonly (readonly FrogToken[])[] = []): LemmaSentence[] {
  const modern = sentences.map(modernizeSentence);
  const counts = new Map<string, number>();
  for (const sentence of modern) {
    for (const word of sentence.words) {
      const key = `${word.upos}\t${word.form.toLowerCase()}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const isHead = (head: string, upos: string): boolean => head.length >= MIN_HEAD_LENGTH && (counts.get(`${upos}\t${head}`) ?? 0) >= MIN_HEAD_COUNT;
  const treebank = modern.map((sentence) => {
    const plain = lemmaSentenceOf(sentence);
    return isLegacySentence(sentence) ? modernizeLemmas(plain, lexicon, isHead) : plain;
  });
  return [...treebank, ...silver.map((tokens) => modernizeLemmas(silverSentence(tokens), lexicon, isHead))];
}
