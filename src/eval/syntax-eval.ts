import type { SentenceAnalyzer } from '../annotate/syntax/sentence-analysis.ts';
import { hashString } from '../annotate/linear/hashing.ts';
import type { ConlluSentence } from '../conllu/conllu.ts';
import { modernizeSentence, universalRelation } from '../conllu/legacy-conventions.ts';
import { normalizeLemma } from './lemma-eval.ts';

/** Accuracy of one annotation column over all words (punctuation included, as CoNLL 2018). */
export interface ColumnScore {
  readonly correct: number;
  readonly total: number;
  readonly accuracy: number;
}

export interface SyntaxScore {
  readonly upos: ColumnScore;
  readonly xpos: ColumnScore;
  readonly feats: ColumnScore;
  readonly lemma: ColumnScore;
  readonly uas: ColumnScore;
  readonly las: ColumnScore;
  /** Sentences scored, and those left out because the models were trained on them. */
  readonly sentences: number;
  readonly skipped: number;
  /** Words analysed per second (tag, parse, lemmatise), on this thread. */
  readonly tokensPerSecond: number;
}

/**
 * Analyses the gold tokens of each sentence and scores every column against the gold, in
 * current UD conventions, the CoNLL 2018 way: punctuation included, relations compared without
 * their subtypes, lemmas without the treebanks' compound underscores (lemma-eval.ts). Sentences
 * whose id is in `trainedOn` (hashed, model-file.ts) are left out: a model is not scored on
 * what it learned from.
 */
export function evaluateSyntax(sentences: readonly ConlluSentence[], analyzer: SentenceAnalyzer, trainedOn: ReadonlySet<number> = new Set()): SyntaxScore {
  const columns = { upos: new Counter(), xpos: new Counter(), feats: new Counter(), lemma: new Counter(), uas: new Counter(), las: new Counter() };
  let seconds = 0;
  let scored = 0;
  for (const raw of sentences) {
    const id = raw.comments.get('sent_id');
    if (id !== undefined && trainedOn.has(hashString(id))) continue;
    scored += 1;
    const gold = modernizeSentence(raw).words;
    const started = performance.now();
    const analysis = analyzer.analyze(gold.map((word) => word.form));
    seconds += (performance.now() - started) / 1000;
    gold.forEach((word, i) => {
      const predicted = analysis[i]!;
      columns.upos.add(predicted.upos === word.upos);
      columns.xpos.add(predicted.xpos === word.xpos);
      columns.feats.add(predicted.feats === word.feats);
      columns.lemma.add(normalizeLemma(predicted.lemma) === normalizeLemma(word.lemma));
      const attached = predicted.head === word.head;
      columns.uas.add(attached);
      columns.las.add(attached && universalRelation(predicted.deprel) === universalRelation(word.deprel));
    });
  }
  return {
    upos: columns.upos.score(),
    xpos: columns.xpos.score(),
    feats: columns.feats.score(),
    lemma: columns.lemma.score(),
    uas: columns.uas.score(),
    las: columns.las.score(),
    sentences: scored,
    skipped: sentences.length - scored,
    tokensPerSecond: columns.upos.score().total / Math.max(seconds, 1e-9),
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
