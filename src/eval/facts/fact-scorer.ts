import type { SpanScore } from '../span-score.ts';
import type { FactsCorpus } from './facts-corpus.ts';
import type { GoldRow } from './gold-table.ts';

/** One figure of a layer's report, e.g. `spans` or `value and precision`. */
export interface FactMeasure {
  readonly name: string;
  readonly score: SpanScore;
}

/** What one layer's scorer found against its gold table. */
export interface LayerReport {
  readonly layer: string;
  readonly measures: readonly FactMeasure[];
  /** Gold rows missed or got wrong, and predictions with no gold row: one readable line each, naming the gold file's line. */
  readonly errors: readonly string[];
}

/**
 * Scores one fact layer: reads the rows of its gold table (`goldFile` in the gold folder,
 * with at least `columns`) and compares them with the annotated corpus.
 */
export interface FactScorer {
  readonly layer: string;
  readonly goldFile: string;
  readonly columns: readonly string[];
  score(rows: readonly GoldRow[], corpus: FactsCorpus): LayerReport;
}
