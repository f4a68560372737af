import { MajorityVotes } from '../majority-votes.ts';

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
    const votes = new MajorityVotes();
    for (const { upos, xpos, feats } of words) if (xpos !== '_' && !upos.includes('/')) votes.add(`${upos} ${xpos}`, feats);
    return new FeatureTable(new Map(votes.keys().map((key) => [key, votes.best(key)!])));
  }

  toJSON(): Record<string, string> {
    return Object.fromEntries(this.table);
  }

  static fromJSON(json: Readonly<Record<string, string>>): FeatureTable {
    return new FeatureTable(new Map(Object.entries(json)));
  }
}
