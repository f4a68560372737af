/**
 * Counts the values seen under each key and gives the most frequent one (ties: the value that
 * sorts first, so results never depend on input order). Lookup tables learned from data use
 * it: CGN tag -> universal tag, universal + CGN tag -> features.
 */
export class MajorityVotes {
  private readonly counts = new Map<string, Map<string, number>>();

  add(key: string, value: string): void {
    const byValue = this.counts.get(key) ?? new Map<string, number>();
    byValue.set(value, (byValue.get(value) ?? 0) + 1);
    this.counts.set(key, byValue);
  }

  /** The most frequent value under `key`, when the key was seen at least `minCount` times. */
  best(key: string, minCount = 1): string | undefined {
    const byValue = this.counts.get(key);
    if (!byValue) return undefined;
    let total = 0;
    for (const count of byValue.values()) total += count;
    if (total < minCount) return undefined;
    return [...byValue].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  }

  /** Every key, sorted. */
  keys(): string[] {
    return [...this.counts.keys()].sort();
  }
}
