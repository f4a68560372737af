import type { Tagger } from '../annotate/tagger/tagger.ts';
import type { ConlluSentence } from '../conllu/conllu.ts';
import { modernizeSentence } from '../conllu/legacy-conventions.ts';

/** Accuracy of one annotation column over all words (punctuation included, as CoNLL 2018). */
export interface ColumnScore {
  readonly correct: number;
  readonly total: number;
  readonly accuracy: number;
}

export interface SyntaxScore {
  readonly upos: ColumnScore;
  readonly tokensPerSecond: number;
}

/**
 * Tags the gold tokens of each sentence and scores UPOS against the gold (in current UD
 * conventions). XPOS, lemmas and dependencies join this score as their models land.
 */
export function evaluateSyntax(sentences: readonly ConlluSentence[], tagger: Tagger): SyntaxScore {
  let correct = 0;
  let total = 0;
  let seconds = 0;
  for (const raw of sentences) {
    const sentence = modernizeSentence(raw);
    const words = sentence.words.map((word) => word.form);
    const started = performance.now();
    const tags = tagger.tag(words);
    seconds += (performance.now() - started) / 1000;
    tags.forEach((tag, i) => {
      total += 1;
      if (tag === sentence.words[i]!.upos) correct += 1;
    });
  }
  return {
    upos: { correct, total, accuracy: total === 0 ? 0 : correct / total },
    tokensPerSecond: total / Math.max(seconds, 1e-9),
  };
}
