import type { ConlluSentence, ConlluWord } from './conllu.ts';
import { AUXILIARY_LEMMAS, modernizeVerbs } from './legacy-verbs.ts';
import { attachPunctuation } from './punctuation-attachment.ts';

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
 * README and measured on the dev files: possessives (now `nmod:poss`) and ordinals (now `amod`)
 * change class, "als" is a subordinating conjunction, AUX follows the aux/cop relations,
 * `flat:name` is `flat`, marks are `punct`, a reflexive "zich" object is `expl:pv`, and lemmas
 * lose the separable-verb underscore (compared without it in both).
 */
export function modernizeWord(word: ConlluWord): ConlluWord {
  const lower = word.form.toLowerCase();
  let upos = word.upos;
  let deprel = word.deprel === 'flat:name' ? 'flat' : word.deprel;
  if (upos === 'DET' && POSSESSIVES.has(lower)) {
    upos = 'PRON';
    if (deprel === 'det') deprel = 'nmod:poss';
  } else if (upos === 'NUM' && ORDINAL.test(lower)) {
    upos = 'ADJ';
    if (deprel === 'nummod') deprel = 'amod';
  } else if (upos === 'ADP' && lower === 'als') upos = 'SCONJ';
  if (AUXILIARY_RELATIONS.has(deprel)) upos = upos === 'VERB' ? 'AUX' : upos;
  else if (upos === 'AUX') upos = 'VERB';
  // Current UD Dutch gives every mark the relation punct; the 2017 file has flat, fixed, nmod.
  if (upos === 'PUNCT' && deprel !== 'root') deprel = 'punct';
  // "zich" of an inherently reflexive verb ("zich bevinden") is expl:pv now, its usual reading.
  if (lower === 'zich' && deprel === 'obj') deprel = 'expl:pv';
  return { ...word, upos, deprel, lemma: word.lemma.replace(/_/g, '') };
}

/** A sentence in current conventions, whichever it came in. */
export function modernizeSentence(sentence: ConlluSentence): ConlluSentence {
  if (!isLegacySentence(sentence)) return sentence;
  const modern = sentence.words.map(modernizeWord);
  const coordinated = reattachCoordinators(modern);
  const tree = {
    lemmas: ['', ...modern.map((word) => word.lemma.toLowerCase())],
    upos: ['', ...modern.map((word) => word.upos)],
    heads: [-1, ...coordinated],
    relations: ['', ...modern.map((word) => word.deprel)],
  };
  modernizeVerbs(tree);
  const words = modern.map((word, i) => ({ ...word, head: tree.heads[i + 1]!, deprel: tree.relations[i + 1]!, upos: verbTag(word, tree.relations[i + 1]!) }));
  const heads = attachPunctuation(words.map((word) => word.form), words.map((word) => word.upos === 'PUNCT'), words.map((word) => word.head));
  return { ...sentence, words: words.map((word, i) => ({ ...word, head: heads[i]! })) };
}

/** AUX for an auxiliary or copula, VERB for any other verb, once the verbs are modernised. */
function verbTag(word: ConlluWord, relation: string): string {
  if (word.upos !== 'AUX' && word.upos !== 'VERB') return word.upos;
  return AUXILIARY_RELATIONS.has(relation) && AUXILIARY_LEMMAS.has(word.lemma.toLowerCase()) ? 'AUX' : 'VERB';
}

/**
 * UD 2.0 Dutch hung a coordinating conjunction from the first conjunct; current UD hangs it
 * from the conjunct that follows it ("A en B": en -> B).
 */
export function reattachCoordinators(words: readonly ConlluWord[]): number[] {
  const heads = words.map((word) => word.head);
  words.forEach((word, i) => {
    if (word.deprel !== 'cc') return;
    const position = i + 1;
    const next = words.findIndex((other, j) => j > i && other.deprel === 'conj' && other.head === word.head);
    if (next >= 0 && next + 1 > position) heads[i] = next + 1;
  });
  return heads;
}

/** A relation without its language-specific subtype (nsubj:pass -> nsubj), as CoNLL 2018 LAS
 * compares them and as the 2017 training data mostly has them. */
export function universalRelation(deprel: string): string {
  return deprel.split(':')[0]!;
}
