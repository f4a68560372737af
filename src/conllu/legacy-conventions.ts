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
  if (!isLegacySentence(sentence)) return sentence;
  const modern = sentence.words.map(modernizeWord);
  const coordinated = reattachCoordinators(modern);
  const words = modern.map((word, i) => ({ ...word, head: coordinated[i]! }));
  const heads = reattachPunctuation(words);
  return { ...sentence, words: words.map((word, i) => ({ ...word, head: heads[i]! })) };
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

/** Marks that open something: they attach to the right; the rest to the left. */
const OPENING_OR_COMMA = /^(?:[(\[{"'‘“„«:-]|,,|,)$/;

/**
 * In UD 2.0 Dutch nearly every punctuation mark hangs from the root; current UD Dutch attaches
 * it inside the tree, which also removes most non-projective arcs. A comma or opening mark goes
 * to the highest ancestor of the next word, any other mark to the highest ancestor of the word
 * before it, that it can attach to without crossing an arc.
 */
export function reattachPunctuation(words: readonly ConlluWord[]): number[] {
  const heads = [-1, ...words.map((word) => word.head)];
  const isPunct = (i: number): boolean => words[i - 1]?.upos === 'PUNCT';
  const ancestors = (i: number): number[] => {
    const chain: number[] = [];
    for (let node = i; node > 0 && chain.length <= words.length; node = heads[node]!) chain.push(node);
    return chain;
  };
  const dominates = (head: number, node: number): boolean => ancestors(node).includes(head);
  const projective = (head: number, mark: number): boolean => {
    for (let between = Math.min(head, mark) + 1; between < Math.max(head, mark); between++) {
      if (!isPunct(between) && !dominates(head, between)) return false;
    }
    return true;
  };
  for (let mark = 1; mark <= words.length; mark++) {
    // A mark with dependents of its own is left alone: moving it could make a cycle.
    if (!isPunct(mark) || heads.includes(mark)) continue;
    const right = OPENING_OR_COMMA.test(words[mark - 1]!.form);
    let neighbour = mark;
    do neighbour += right ? 1 : -1;
    while (neighbour > 0 && neighbour <= words.length && isPunct(neighbour));
    if (neighbour < 1 || neighbour > words.length) continue;
    // Highest first; on the mark's own side first (a comma before a clause hangs from that
    // clause's head, a full stop from the root).
    const chain = ancestors(neighbour).reverse();
    const onSide = (candidate: number): boolean => (right ? candidate > mark : candidate < mark);
    const head =
      chain.find((candidate) => onSide(candidate) && projective(candidate, mark)) ??
      chain.find((candidate) => projective(candidate, mark));
    if (head !== undefined) heads[mark] = head;
  }
  return heads.slice(1);
}

/** A relation without its language-specific subtype (nsubj:pass -> nsubj), as CoNLL 2018 LAS
 * compares them and as the 2017 training data mostly has them. */
export function universalRelation(deprel: string): string {
  return deprel.split(':')[0]!;
}
