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

/** Cosine of two vectors (0 when either is empty). */
export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, value] of a) {
    na += value * value;
    const other = b.get(term);
    if (other !== undefined) dot += value * other;
  }
  for (const value of b.values()) nb += value * value;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
