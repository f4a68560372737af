/** Sparse vectors over terms, as maps. */
export type Vector = Map<string, number>;

/** An article's unit vector as parallel arrays, in the order `heaviest` gives: its cosines
 * with the stories are summed term by term over the clusterer's weighted term lists. */
export interface TermVector {
  readonly terms: readonly string[];
  readonly weights: Float64Array;
}

/** The `limit` heaviest entries of `vector` scaled to length 1 (an empty vector stays empty). */
export function unitTermVector(vector: Vector, limit: number): TermVector {
  const entries = vector.size <= limit ? [...vector] : [...vector].sort((a, b) => b[1] - a[1]).slice(0, limit);
  let sum = 0;
  for (const [, value] of entries) sum += value * value;
  const length = Math.sqrt(sum);
  const weights = new Float64Array(entries.length);
  entries.forEach(([, value], i) => (weights[i] = length === 0 ? value : value / length));
  return { terms: entries.map(([term]) => term), weights };
}

/** The `limit` heaviest entries, heaviest first. */
export function heaviest(vector: Vector, limit: number): Vector {
  return vector.size <= limit ? vector : new Map([...vector].sort((a, b) => b[1] - a[1]).slice(0, limit));
}

/** The length of a vector. */
export function norm(vector: Vector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}
