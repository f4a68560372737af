import type { Lexicon } from '../lexicon/lexicon.ts';
import { compoundLemmaOf } from './compounds.ts';
import type { LemmaSentence } from './lemmatizer-training.ts';

/** Word classes whose compounds the current treebanks split (and so lemmatise part by part). */
const COMPOUNDING = new Set(['NOUN', 'ADJ']);

/**
 * Lemmas of the 2017 LassySmall training file in the current UD Dutch conventions, as far as
 * they can be mapped word by word:
 * - a proper noun's lemma is its form, capitals included (2017: `Belang` -> `belang` at times);
 * - a compound's modifier loses its plural or linking morpheme and a joining hyphen
 *   (2017 `regeringsleider`, now `regering_leider`, compared as `regeringleider`), when the
 *   lexicon knows the parts (compounds.ts).
 * Separable-verb particles need no mapping: the 2017 file never writes a detached particle in
 * its verb's lemma, and training takes it off the current files' lemmas (particles.ts).
 */
export function modernizeLemmas(sentence: LemmaSentence, lexicon: Lexicon | undefined, isHead?: (head: string, upos: string) => boolean): LemmaSentence {
  const lemmas = sentence.lemmas.map((lemma, i) => {
    const form = sentence.words[i]!;
    const upos = sentence.upos[i]!;
    if (upos === 'PROPN' && lemma.toLowerCase() === form.toLowerCase()) return form;
    if (isHead && lexicon && COMPOUNDING.has(upos)) return compoundLemmaOf(lemma, lexicon, (head) => isHead(head, upos)) ?? lemma;
    return lemma;
  });
  return { ...sentence, lemmas };
}
