import type { Parser } from '../annotate/parser/parser.ts';
import type { Tagger } from '../annotate/tagger/tagger.ts';
import type { ConlluSentence } from '../conllu/conllu.ts';
import { modernizeSentence, universalRelation } from '../conllu/legacy-conventions.ts';

/** Accuracy of one annotation column over all words (punctuation included, as CoNLL 2018). */
export interface ColumnScore {
  readonly correct: number;
  readonly total: number;
  readonly accuracy: number;
}

export interface SyntaxScore {
  readonly upos: ColumnScore;
  /** Attachment scores, when a parser is given: parsed from the tagger's tags. */
  readonly uas?: ColumnScore;
  readonly las?: ColumnScore;
  readonly tokensPerSecond: number;
}

/**
 * Tags (and parses) the gold tokens of each sentence and scores them against the gold, in
 * current UD conventions; relations are compared without subtypes, as CoNLL 2018 LAS does.
 * XPOS and lemmas join this score as their models land.
 */
export function evaluateSyntax(sentences: readonly ConlluSentence[], tagger: Tagger, parser?: Parser): SyntaxScore {
  const upos = new Counter();
  const uas = new Counter();
  const las = new Counter();
  let seconds = 0;
  for (const raw of sentences) {
    const gold = modernizeSentence(raw).words;
    const words = gold.map((word) => word.form);
    const started = performance.now();
    const tags = tagger.tag(words);
    const parse = parser?.parse({ words, tags });
    seconds += (performance.now() - started) / 1000;
    gold.forEach((word, i) => {
      upos.add(tags[i] === word.upos);
      if (!parse) return;
      const attached = parse.heads[i] === word.head;
      uas.add(attached);
      las.add(attached && parse.relations[i] === universalRelation(word.deprel));
    });
  }
  return {
    upos: upos.score(),
    ...(parser ? { uas: uas.score(), las: las.score() } : {}),
    tokensPerSecond: upos.score().total / Math.max(seconds, 1e-9),
  };
}

class Counter {
  private correct = 0;
  private total = 0;

  add(right: boolean): void {
    this.total += 1;
    if (right) this.correct += 1;
  }

  score(): ColumnScore {
    return { correct: this.correct, total: this.total, accuracy: this.total === 0 ? 0 : this.correct / this.total };
  }
}
