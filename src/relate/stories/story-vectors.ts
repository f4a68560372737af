/** Sparse vectors over terms, as maps. */
export type Vector = Map<string, number>;

/** An article's unit vector as parallel arrays, in the order `heaviest` gives: walked once for
 * every candidate story, where arrays cost less than a map's entry iterator. */
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

/** Cosine of a unit vector and a vector whose length is known: the dot product over the unit
 * vector's terms only, so a story's long centroid is not walked for every candidate. */
export function cosineWithUnit(unit: TermVector, other: Vector, otherNorm: number): number {
  if (unit.terms.length === 0 || otherNorm === 0) return 0;
  let dot = 0;
  for (let i = 0; i < unit.terms.length; i++) {
    const weight = other.get(unit.terms[i]!);
    if (weight !== undefined) dot += unit.weights[i]! * weight;
  }
  return dot / otherNorm;
}
