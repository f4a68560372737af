/** What DocumentFrequencies saves and restores: the article count and each term's count. */
export interface FrequencySnapshot {
  readonly articles: number;
  readonly counts: Iterable<readonly [string, number]>;
}

/**
 * How many articles of the stream so far contain each term (or entity key), for inverse
 * document frequencies that grow with the stream: a term in every article weighs about 1, a
 * term in one article of N about 1 + ln(N). Its size is the vocabulary's, not the corpus's.
 */
export class DocumentFrequencies {
  private readonly counts: Map<string, number>;
  private total: number;
  /** Terms whose count changed since the last `takeChanges`, for a store that saves deltas. */
  private changed = new Set<string>();

  constructor(snapshot: FrequencySnapshot = { articles: 0, counts: [] }) {
    this.counts = new Map(snapshot.counts);
    this.total = snapshot.articles;
  }

  /** Counts one article's distinct terms. */
  add(terms: Iterable<string>): void {
    this.total += 1;
    for (const term of new Set(terms)) {
      this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
      this.changed.add(term);
    }
  }

  /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1. */
  idf(term: string): number {
    return Math.log((this.total + 1) / ((this.counts.get(term) ?? 0) + 1)) + 1;
  }

  get articles(): number {
    return this.total;
  }

  /** The article count and the counts changed since the last call. */
  takeChanges(): FrequencySnapshot {
    const counts = [...this.changed].map((term) => [term, this.counts.get(term)!] as const);
    this.changed = new Set();
    return { articles: this.total, counts };
  }
}
