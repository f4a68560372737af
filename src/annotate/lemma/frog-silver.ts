/**
 * Silver lemmas from Frog (Debian's `frog`, run offline over permissively licensed Dutch text;
 * never a run-time dependency). Frog writes one token per line: index, word, lemma, morphology,
 * CGN tag (`N(soort,ev,basis,zijd,stan)`), confidence... with a blank line between sentences.
 * Here its CGN tags become UD tags the way the UD Dutch conversion maps them, closely enough for
 * the words the lemmatiser learns from silver data (silverWords in lemma-training-data.ts).
 */

/** Verbs that are mostly auxiliaries or copulas in UD Dutch (AUX); Frog's WW does not say. */
const AUXILIARIES = new Set(['zijn', 'hebben', 'worden', 'kunnen', 'moeten', 'mogen', 'willen', 'zullen']);

/** The UPOS of a CGN tag as Frog writes it, given the lemma. */
export function uposOfCgn(tag: string, lemma: string): string {
  const open = tag.indexOf('(');
  const head = open < 0 ? tag : tag.slice(0, open);
  const features = open < 0 ? [] : tag.slice(open + 1, -1).split(',');
  const has = (feature: string): boolean => features.includes(feature);
  switch (head) {
    case 'N': return has('eigen') ? 'PROPN' : 'NOUN';
    case 'SPEC': return has('deeleigen') ? 'PROPN' : has('symb') ? 'SYM' : 'X';
    case 'WW': return AUXILIARIES.has(lemma) ? 'AUX' : 'VERB';
    case 'ADJ': return 'ADJ';
    case 'BW': return 'ADV';
    case 'VZ': return 'ADP';
    case 'LID': return 'DET';
    case 'VNW': return has('bez') || !has('det') ? 'PRON' : 'DET';
    case 'VG': return has('onder') ? 'SCONJ' : 'CCONJ';
    case 'TW': return has('rang') ? 'ADJ' : 'NUM';
    case 'LET': return 'PUNCT';
    case 'TSW': return 'INTJ';
    default: return 'X';
  }
}

/** A CGN tag as the treebanks' XPOS writes it: `N(soort,ev)` -> `N|soort|ev`, `LET()` -> `LET`. */
export function xposOfCgn(tag: string): string {
  return tag.replace('(', '|').replace(')', '').replaceAll(',', '|').replace(/\|$/u, '');
}

/** One silver token. */
export interface FrogToken {
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
}

/** Reads Frog's tab-separated output into sentences of tokens. */
export function parseFrogOutput(text: string): FrogToken[][] {
  const sentences: FrogToken[][] = [];
  let sentence: FrogToken[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (sentence.length > 0) sentences.push(sentence);
      sentence = [];
      continue;
    }
    const [, form = '', lemma = '', , tag = ''] = line.split('\t');
    const lemmaOrForm = lemma === '' ? form : lemma;
    sentence.push({ form, lemma: lemmaOrForm, upos: uposOfCgn(tag, lemmaOrForm), xpos: xposOfCgn(tag) });
  }
  if (sentence.length > 0) sentences.push(sentence);
  return sentences;
}
