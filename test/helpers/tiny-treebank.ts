import { join } from 'node:path';
import { readConllu, type ConlluSentence } from '../../src/conllu/conllu.ts';
import { PROJECT_ROOT } from './paths.ts';

/** Six hand-written sentences in current UD Dutch conventions, and two held out. */
export const TINY_TREEBANK = join(PROJECT_ROOT, 'test/data/syntax-tiny.conllu');
export const TINY_HELD_OUT = join(PROJECT_ROOT, 'test/data/syntax-tiny-heldout.conllu');

export async function readSentences(path: string): Promise<ConlluSentence[]> {
  const sentences: ConlluSentence[] = [];
  for await (const sentence of readConllu(path)) sentences.push(sentence);
  return sentences;
}
