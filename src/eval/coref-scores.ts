import { f1Of } from './span-score.ts';

/** Precision, recall and F1 of one clustering measure. */
export interface ClusterScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** B-cubed and MUC of a clustering against gold, and the mean of their F1s. */
export interface CorefScore {
  readonly mentions: number;
  readonly goldClusters: number;
  readonly systemClusters: number;
  readonly bcubed: ClusterScore;
  readonly muc: ClusterScore;
}

function score(precision: number, recall: number): ClusterScore {
  return { precision, recall, f1: f1Of(precision, recall) };
}

/**
 * Scores a clustering of mentions against gold: `gold[i]` and `system[i]` are the cluster
 * labels of mention i (the same mentions on both sides, as when clustering gold mention spans).
 * - B-cubed (Bagga and Baldwin 1998): per mention, the share of its system cluster that is in
 *   its gold cluster (precision) and of its gold cluster that is in its system cluster (recall),
 *   averaged over mentions. Singletons count, so leaving everything apart scores recall < 1
 *   but precision 1.
 * - MUC (Vilain et al. 1995): links, `sum(|K| - p(K))` over the clusters of one side partitioned
 *   by the other; blind to singletons.
 *
 * @example scoreClusters(['a', 'a', 'b'], ['x', 'x', 'y']).bcubed.f1 // 1
 */
export function scoreClusters(gold: readonly string[], system: readonly string[]): CorefScore {
  if (gold.length !== system.length) throw new Error(`scoreClusters: ${gold.length} gold labels, ${system.length} system labels`);
  const goldSets = clusters(gold);
  const systemSets = clusters(system);
  let precision = 0;
  let recall = 0;
  const overlap = new Map<string, number>();
  gold.forEach((g, i) => {
    const key = `${g}\u0000${system[i]}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  });
  gold.forEach((g, i) => {
    const shared = overlap.get(`${g}\u0000${system[i]}`)!;
    precision += shared / systemSets.get(system[i]!)!.length;
    recall += shared / goldSets.get(g)!.length;
  });
  const n = Math.max(gold.length, 1);
  return {
    mentions: gold.length,
    goldClusters: goldSets.size,
    systemClusters: systemSets.size,
    bcubed: score(precision / n, recall / n),
    muc: score(muc(systemSets, gold), muc(goldSets, system)),
  };
}

/** MUC of `key` clusters partitioned by the other side's labels: `sum(|K| - parts) / sum(|K| - 1)`. */
function muc(key: ReadonlyMap<string, readonly number[]>, other: readonly string[]): number {
  let found = 0;
  let possible = 0;
  for (const members of key.values()) {
    found += members.length - new Set(members.map((i) => other[i])).size;
    possible += members.length - 1;
  }
  return possible === 0 ? 1 : found / possible;
}

function clusters(labels: readonly string[]): Map<string, number[]> {
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const members = byLabel.get(label);
    if (members) members.push(i);
    else byLabel.set(label, [i]);
  });
  return byLabel;
}
