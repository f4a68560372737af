/** Whether a tree has no crossing arcs (`heads[0]` unused): arc-eager can only build those. */
export function isProjective(heads: ArrayLike<number>): boolean {
  return crossingPair(heads) === null;
}

/** Two words whose arcs cross, the one with the shorter arc first, or null. */
function crossingPair(heads: ArrayLike<number>): [number, number] | null {
  for (let a = 1; a < heads.length; a++) {
    const l1 = Math.min(a, heads[a]!);
    const r1 = Math.max(a, heads[a]!);
    for (let b = 1; b < heads.length; b++) {
      const l2 = Math.min(b, heads[b]!);
      const r2 = Math.max(b, heads[b]!);
      if (l1 < l2 && l2 < r1 && r1 < r2) return r1 - l1 <= r2 - l2 ? [a, b] : [b, a];
    }
  }
  return null;
}

/**
 * Makes a tree projective by lifting crossing arcs, shortest first, to the head's head
 * (Nivre and Nilsson 2005, without encoding the lift in the label), so a non-projective
 * training sentence still teaches every arc it can. An arc is never lifted to the root, which
 * would give the tree a second root; when no arc of a crossing can be lifted, null.
 */
export function projectivize(heads: ArrayLike<number>): number[] | null {
  const lifted = Array.from(heads);
  for (let lifts = 0, pair = crossingPair(lifted); pair; pair = crossingPair(lifted)) {
    if ((lifts += 1) > lifted.length * lifted.length) return null; // not a tree: give up
    const word = pair.find((candidate) => lifted[candidate]! > 0 && lifted[lifted[candidate]!]! > 0);
    if (word === undefined) return null;
    lifted[word] = lifted[lifted[word]!]!;
  }
  return lifted;
}
