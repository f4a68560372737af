/** Sparse vectors over terms, as maps. */
export type Vector = Map<string, number>;

/** The vector scaled to length 1 (an empty vector stays empty). */
export function normalised(vector: Vector): Vector {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  const norm = Math.sqrt(sum);
  return norm === 0 ? vector : new Map([...vector].map(([term, value]) => [term, value / norm]));
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
export function cosineWithUnit(unit: Vector, other: Vector, otherNorm: number): number {
  if (unit.size === 0 || otherNorm === 0) return 0;
  let dot = 0;
  for (const [term, value] of unit) {
    const weight = other.get(term);
    if (weight !== undefined) dot += value * weight;
  }
  return dot / otherNorm;
}
