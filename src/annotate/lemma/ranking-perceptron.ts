/**
 * An averaged perceptron that ranks candidates (Collins 2002, as a reranker): each candidate
 * lemma comes from one or more classes (edit scripts, inflection rules), and is scored by the
 * word's features crossed with each of its classes (sparse: a feature only has weights for the
 * classes it was seen with) plus features of the candidate lemma itself (is it in the lexicon,
 * with the right word class?). Averaging is lazy, as in the tagger's perceptron: each weight
 * remembers when it last changed.
 */
export interface RankingWeights {
  /** word feature -> class index -> weight */
  readonly crossed: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** candidate feature -> weight */
  readonly candidate: ReadonlyMap<string, number>;
}

/** One candidate: the classes that propose it and its own features. */
export interface RankedCandidate {
  readonly classes: readonly number[];
  readonly features: readonly string[];
}

interface Cell {
  weight: number;
  total: number;
  stamp: number;
}

/** The score of each candidate; the best is the first highest (deterministic on ties). */
export function scoreCandidates(weights: RankingWeights, wordFeatures: readonly string[], candidates: readonly RankedCandidate[]): Float64Array {
  const scores = new Float64Array(candidates.length);
  for (const feature of wordFeatures) {
    const row = weights.crossed.get(feature);
    if (!row) continue;
    for (let i = 0; i < candidates.length; i++) for (const id of candidates[i]!.classes) scores[i]! += row.get(id) ?? 0;
  }
  for (let i = 0; i < candidates.length; i++) {
    for (const feature of candidates[i]!.features) scores[i]! += weights.candidate.get(feature) ?? 0;
  }
  return scores;
}

export function bestIndex(scores: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  return best;
}

/** Trains ranking weights one example at a time; `averaged()` gives the final model. */
export class RankingPerceptronTrainer implements RankingWeights {
  readonly crossed = new Map<string, Map<number, number>>();
  readonly candidate = new Map<string, number>();
  private readonly crossedCells = new Map<string, Map<number, Cell>>();
  private readonly candidateCells = new Map<string, Cell>();
  private instances = 0;

  /** One step: when the best candidate is not the gold one, reward gold and punish the guess. */
  update(wordFeatures: readonly string[], candidates: readonly RankedCandidate[], gold: number): boolean {
    this.instances += 1;
    const guess = bestIndex(scoreCandidates(this, wordFeatures, candidates));
    if (guess === gold) return true;
    const truth = candidates[gold]!;
    const wrong = candidates[guess]!;
    for (const feature of wordFeatures) {
      for (const id of truth.classes) this.changeCrossed(feature, id, 1);
      for (const id of wrong.classes) this.changeCrossed(feature, id, -1);
    }
    for (const feature of truth.features) this.changeCandidate(feature, 1);
    for (const feature of wrong.features) this.changeCandidate(feature, -1);
    return false;
  }

  /** The averaged weights, rounded to `precision`, zeros left out. */
  averaged(precision = 1000): RankingWeights {
    const average = (cell: Cell): number => {
      const total = cell.total + (this.instances - cell.stamp) * cell.weight;
      return Math.round((total / Math.max(this.instances, 1)) * precision) / precision;
    };
    const crossed = new Map<string, Map<number, number>>();
    for (const [feature, cells] of this.crossedCells) {
      const row = new Map<number, number>();
      for (const [id, cell] of cells) {
        const value = average(cell);
        if (value !== 0) row.set(id, value);
      }
      if (row.size > 0) crossed.set(feature, row);
    }
    const candidate = new Map<string, number>();
    for (const [feature, cell] of this.candidateCells) {
      const value = average(cell);
      if (value !== 0) candidate.set(feature, value);
    }
    return { crossed, candidate };
  }

  private touch(cell: Cell, delta: number): void {
    cell.total += (this.instances - cell.stamp) * cell.weight;
    cell.stamp = this.instances;
    cell.weight += delta;
  }

  private changeCrossed(feature: string, id: number, delta: number): void {
    let cells = this.crossedCells.get(feature);
    let row = this.crossed.get(feature);
    if (!cells || !row) {
      cells = new Map();
      row = new Map();
      this.crossedCells.set(feature, cells);
      this.crossed.set(feature, row);
    }
    let cell = cells.get(id);
    if (!cell) cells.set(id, (cell = { weight: 0, total: 0, stamp: this.instances }));
    this.touch(cell, delta);
    row.set(id, cell.weight);
  }

  private changeCandidate(feature: string, delta: number): void {
    let cell = this.candidateCells.get(feature);
    if (!cell) this.candidateCells.set(feature, (cell = { weight: 0, total: 0, stamp: this.instances }));
    this.touch(cell, delta);
    this.candidate.set(feature, cell.weight);
  }
}
