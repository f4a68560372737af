/**
 * UD morphological features from the fine-grained tag: in UD Dutch they are a function of the
 * CGN tag (the converter derives them from it), so the tagger's fine tag gives them for free.
 * The table keeps, for each universal + fine tag, the features most often seen with it.
 */
export class FeatureTable {
  constructor(private readonly table: ReadonlyMap<string, string>) {}

  /** The features of a word with these tags, `_` when the table has none. */
  features(upos: string, xpos: string): string {
    return this.table.get(`${upos} ${xpos}`) ?? '_';
  }

  /** Learns the table from words with gold features. */
  static learn(words: Iterable<{ readonly upos: string; readonly xpos: string; readonly feats: string }>): FeatureTable {
    const counts = new Map<string, Map<string, number>>();
    for (const { upos, xpos, feats } of words) {
      if (xpos === '_' || upos.includes('/')) continue;
      const key = `${upos} ${xpos}`;
      const byFeats = counts.get(key) ?? new Map<string, number>();
      byFeats.set(feats, (byFeats.get(feats) ?? 0) + 1);
      counts.set(key, byFeats);
    }
    const table = new Map<string, string>();
    for (const [key, byFeats] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
      table.set(key, [...byFeats].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
    }
    return new FeatureTable(table);
  }

  toJSON(): Record<string, string> {
    return Object.fromEntries(this.table);
  }

  static fromJSON(json: Readonly<Record<string, string>>): FeatureTable {
    return new FeatureTable(new Map(Object.entries(json)));
  }
}
