/**
 * How many articles of the stream so far contain each term (or entity key), for inverse
 * document frequencies that grow with the stream: a term in every article weighs about 1, a
 * term in one article of N about 1 + ln(N). Its size is the vocabulary's, not the corpus's.
 */
export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private total = 0;

  /** Counts one article's distinct terms. */
  add(terms: Iterable<string>): void {
    this.total += 1;
    for (const term of new Set(terms)) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
  }

  /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1. */
  idf(term: string): number {
    return Math.log((this.total + 1) / ((this.counts.get(term) ?? 0) + 1)) + 1;
  }

  get articles(): number {
    return this.total;
  }
}
