import type { ConlluSentence, ConlluWord } from './conllu.ts';

/** Possessive determiners: DET in UD 2.0 Dutch, PRON (Poss=Yes) now. */
const POSSESSIVES = new Set(['mijn', 'jouw', 'zijn', 'haar', 'ons', 'onze', 'uw', 'hun', 'je', "m'n", "z'n", "d'r", 'jullie']);
/** Ordinals: NUM in UD 2.0 Dutch, ADJ now. */
const ORDINAL = /^(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|honderdste|duizendste|\d+(?:ste|de|e))$/i;
/** Relations whose dependent is an auxiliary or copula: AUX now, whatever the old tag. */
const AUXILIARY_RELATIONS = new Set(['aux', 'aux:pass', 'cop']);

/**
 * Whether a sentence follows the UD 2.0 (2017) conventions of the legacy LassySmall training
 * file: it has no XPOS at all, which every current UD Dutch file has.
 */
export function isLegacySentence(sentence: ConlluSentence): boolean {
  return sentence.words.every((word) => word.xpos === '_');
}

/**
 * Maps a word from the 2017 conventions to the current ones, as documented in the data's
 * README and measured on the dev files: possessives and ordinals change class, "als" is a
 * subordinating conjunction, AUX follows the aux/cop relations, `flat:name` is `flat`, and
 * lemmas lose the separable-verb underscore (compared without it in both).
 */
export function modernizeWord(word: ConlluWord): ConlluWord {
  const lower = word.form.toLowerCase();
  let upos = word.upos;
  if (upos === 'DET' && POSSESSIVES.has(lower)) upos = 'PRON';
  else if (upos === 'NUM' && ORDINAL.test(lower)) upos = 'ADJ';
  else if (upos === 'ADP' && lower === 'als') upos = 'SCONJ';
  if (AUXILIARY_RELATIONS.has(word.deprel)) upos = upos === 'VERB' ? 'AUX' : upos;
  else if (upos === 'AUX') upos = 'VERB';
  const deprel = word.deprel === 'flat:name' ? 'flat' : word.deprel;
  return { ...word, upos, deprel, lemma: word.lemma.replace(/_/g, '') };
}

/** A sentence in current conventions, whichever it came in. */
export function modernizeSentence(sentence: ConlluSentence): ConlluSentence {
  return isLegacySentence(sentence) ? { ...sentence, words: sentence.words.map(modernizeWord) } : sentence;
}
