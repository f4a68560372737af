import type { ConlluSentence, ConlluWord } from './conllu.ts';

/** One word as a CoNLL-U line (DEPS is not kept by the reader and is written as `_`). */
export function conlluLine(word: ConlluWord): string {
  const head = word.head < 0 ? '_' : String(word.head);
  return [word.id, word.form, word.lemma, word.upos, word.xpos, word.feats, head, word.deprel, '_', word.misc].join('\t');
}

/** A sentence as CoNLL-U: its comments as `# key = value`, its words, a blank line. */
export function conlluSentence(sentence: ConlluSentence): string {
  const comments = [...sentence.comments].map(([key, value]) => `# ${key} = ${value}\n`).join('');
  return `${comments}${sentence.words.map(conlluLine).join('\n')}\n\n`;
}
