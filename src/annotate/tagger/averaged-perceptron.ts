/**
 * A multi-class averaged perceptron (Collins 2002): sparse string features, one weight per
 * feature and class, and the average of every weight over all updates as the final model,
 * which generalises far better than the last weights. Averaging is done lazily: each weight
 * remembers when it last changed.
 */
export class AveragedPerceptron {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;

  constructor(readonly classes: readonly string[]) {}

  /** Scores of every class for the given features. */
  scores(features: readonly string[]): Float64Array {
    const scores = new Float64Array(this.classes.length);
    for (const feature of features) {
      const weights = this.weights.get(feature);
      if (!weights) continue;
      for (let c = 0; c < scores.length; c++) scores[c]! += weights[c]!;
    }
    return scores;
  }

  /** The best class index. Ties go to the lower index, so results are deterministic. */
  predict(features: readonly string[]): number {
    return argmax(this.scores(features));
  }

  /** One training step: when the guess was wrong, reward the truth and punish the guess. */
  update(truth: number, guess: number, features: readonly string[]): void {
    this.instances += 1;
    if (truth === guess) return;
    for (const feature of features) {
      this.change(feature, truth, 1);
      this.change(feature, guess, -1);
    }
  }

  /** The averaged weights, rounded and without features that never mattered. */
  averaged(precision = 1000): Map<string, Float32Array> {
    const result = new Map<string, Float32Array>();
    for (const [feature, weights] of this.weights) {
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      const average = new Float32Array(weights.length);
      let nonZero = false;
      for (let c = 0; c < weights.length; c++) {
        const total = totals[c]! + (this.instances - stamps[c]!) * weights[c]!;
        const value = Math.round((total / Math.max(this.instances, 1)) * precision) / precision;
        average[c] = value;
        if (value !== 0) nonZero = true;
      }
      if (nonZero) result.set(feature, average);
    }
    return result;
  }

  private change(feature: string, index: number, delta: number): void {
    let weights = this.weights.get(feature);
    if (!weights) {
      weights = new Float64Array(this.classes.length);
      this.weights.set(feature, weights);
      this.totals.set(feature, new Float64Array(this.classes.length));
      this.stamps.set(feature, new Float64Array(this.classes.length));
    }
    const totals = this.totals.get(feature)!;
    const stamps = this.stamps.get(feature)!;
    totals[index]! += (this.instances - stamps[index]!) * weights[index]!;
    stamps[index] = this.instances;
    weights[index]! += delta;
  }
}

export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}
