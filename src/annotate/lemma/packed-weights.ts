import type { RankedCandidate, RankingWeights } from './ranking-perceptron.ts';

/** Crossed weights as stored: feature -> flat [class, weight, class, weight, ...]. */
export type StoredCrossedWeights = Readonly<Record<string, readonly number[]>>;

/**
 * Ranking weights packed for use: all crossed weights in two flat typed arrays (class ids and
 * weights) with a map from feature to its slice, so a model is a few megabytes rather than a map
 * per feature. Scoring sums each active feature's weights into a per-class scratch array, then
 * each candidate reads its classes.
 */
export class PackedWeights {
  /** feature -> index of its first pair; `ends` holds where the slice stops. */
  private readonly rows = new Map<string, number>();
  private readonly ends: Int32Array;
  private readonly ids: Int32Array;
  private readonly values: Float64Array;
  private readonly scratch: Float64Array;

  constructor(
    crossed: Iterable<readonly [string, ArrayLike<number>]>,
    private readonly candidate: ReadonlyMap<string, number>,
    classCount: number,
  ) {
    const entries = [...crossed];
    let length = 0;
    for (const [, row] of entries) length += row.length / 2;
    this.ids = new Int32Array(length);
    this.values = new Float64Array(length);
    this.ends = new Int32Array(entries.length);
    let offset = 0;
    entries.forEach(([feature, row], index) => {
      this.rows.set(feature, index);
      for (let k = 0; k < row.length; k += 2) {
        this.ids[offset] = row[k]!;
        this.values[offset] = row[k + 1]!;
        offset += 1;
      }
      this.ends[index] = offset;
    });
    this.scratch = new Float64Array(classCount);
  }

  private start(index: number): number {
    return index === 0 ? 0 : this.ends[index - 1]!;
  }

  /** From trained weights (nested maps). */
  static fromWeights(weights: RankingWeights, classCount: number): PackedWeights {
    const rows = [...weights.crossed].map(([feature, row]) => [feature, [...row].flat()] as const);
    return new PackedWeights(rows, weights.candidate, classCount);
  }

  /** From stored weights (lemmatizer-model.ts). */
  static fromStored(crossed: StoredCrossedWeights, candidate: Readonly<Record<string, number>>, classCount: number): PackedWeights {
    return new PackedWeights(Object.entries(crossed), new Map(Object.entries(candidate)), classCount);
  }

  /** Back to stored form: features in sorted order, so a saved model is byte-for-byte stable. */
  toStored(): { crossed: Record<string, number[]>; candidate: Record<string, number> } {
    const crossed: Record<string, number[]> = {};
    for (const feature of [...this.rows.keys()].sort()) {
      const index = this.rows.get(feature)!;
      const row: number[] = [];
      for (let k = this.start(index); k < this.ends[index]!; k++) row.push(this.ids[k]!, this.values[k]!);
      crossed[feature] = row;
    }
    const candidate: Record<string, number> = {};
    for (const feature of [...this.candidate.keys()].sort()) candidate[feature] = this.candidate.get(feature)!;
    return { crossed, candidate };
  }

  /** The score of each candidate (the same sums as scoreCandidates of ranking-perceptron.ts). */
  score(wordFeatures: readonly string[], candidates: readonly RankedCandidate[]): Float64Array {
    const { ids, values, scratch } = this;
    const touched: number[] = [];
    for (const feature of wordFeatures) {
      const index = this.rows.get(feature);
      if (index === undefined) continue;
      const end = this.ends[index]!;
      for (let k = this.start(index); k < end; k++) {
        const id = ids[k]!;
        if (scratch[id] === 0) touched.push(id);
        scratch[id]! += values[k]!;
      }
    }
    const scores = new Float64Array(candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      const { classes, features } = candidates[i]!;
      let score = 0;
      for (const id of classes) score += scratch[id]!;
      for (const feature of features) score += this.candidate.get(feature) ?? 0;
      scores[i] = score;
    }
    for (const id of touched) scratch[id] = 0;
    return scores;
  }
}
