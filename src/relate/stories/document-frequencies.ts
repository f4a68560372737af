/** What DocumentFrequencies saves and restores: the article count and each term's count. */
export interface FrequencySnapshot {
  readonly articles: number;
  readonly counts: Iterable<readonly [string, number]>;
}

/** A term's count, and the round of `takeChanges` it last changed in: one look-up counts it and marks it. */
interface TermCount {
  count: number;
  changedIn: number;
}

/**
 * How many articles of the stream so far contain each term (or entity key), for inverse
 * document frequencies that grow with the stream: a term in every article weighs about 1, a
 * term in one article of N about 1 + ln(N). Its size is the vocabulary's, not the corpus's.
 */
export class DocumentFrequencies {
  private readonly counts = new Map<string, TermCount>();
  private total: number;
  /** Terms whose count changed since the last `takeChanges`, for a store that saves deltas. */
  private changed: string[] = [];
  private round = 1;

  constructor(snapshot: FrequencySnapshot = { articles: 0, counts: [] }) {
    for (const [term, count] of snapshot.counts) this.counts.set(term, { count, changedIn: 0 });
    this.total = snapshot.articles;
  }

  /** Counts one article's terms, known to be distinct (a map's keys, a set), and gives each
   * term's count after it, in their order: what `idfOfCount` needs, without a second look-up. */
  addDistinct(terms: Iterable<string>): number[] {
    this.total += 1;
    const counts: number[] = [];
    for (const term of terms) {
      let entry = this.counts.get(term);
      if (entry) entry.count += 1;
      else this.counts.set(term, (entry = { count: 1, changedIn: 0 }));
      if (entry.changedIn !== this.round) {
        entry.changedIn = this.round;
        this.changed.push(term);
      }
      counts.push(entry.count);
    }
    return counts;
  }

  /** The smoothed inverse document frequency of a term in `count` articles: ln((N + 1) / (count + 1)) + 1. */
  idfOfCount(count: number): number {
    return Math.log((this.total + 1) / (count + 1)) + 1;
  }

  get articles(): number {
    return this.total;
  }

  /** The article count and the counts changed since the last call. */
  takeChanges(): FrequencySnapshot {
    const counts = this.changed.map((term) => [term, this.counts.get(term)!.count] as const);
    this.changed = [];
    this.round += 1;
    return { articles: this.total, counts };
  }
}
