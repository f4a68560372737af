/** Precision, recall and F1 of predicted items (spans, entities) against gold ones. */
export interface SpanScore {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The harmonic mean of precision and recall (0 when both are 0). */
export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** The score of `correct` matches among `predicted` items against `gold` ones (0 for none). */
export function spanScore(gold: number, predicted: number, correct: number): SpanScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  return { gold, predicted, correct, precision, recall, f1: f1Of(precision, recall) };
}
