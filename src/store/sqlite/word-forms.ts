import type { Statement } from 'better-sqlite3';
import type { QueryWord } from '../../search/query.ts';
import { stemPrefixes, stemWord } from '../../search/terms.ts';
import type { SqliteDatabase } from './open-database.ts';

/** Words longer than their stem by more than this are not inflections of it (compounds are). */
const MAX_SUFFIX = 8;

/**
 * Finds the indexed words that share a query word's Dutch stem, from the full-text index's own
 * vocabulary: `protesten` searches protest, protesten and protesteren. Only the vocabulary
 * range each stem can start (stemPrefixes) is read, so a lookup costs a few index steps.
 */
export class WordFormIndex {
  private readonly range: Statement<[string, string, number]>;

  constructor(db: SqliteDatabase) {
    this.range = db.prepare(
      'SELECT term FROM search_terms WHERE term >= ? AND term < ? AND length(term) <= ?',
    ) as Statement<[string, string, number]>;
  }

  /** The word as written first, then every other indexed word with the same stem. */
  readonly forms = (word: QueryWord): string[] => {
    const forms = new Set([word.folded]);
    for (const prefix of stemPrefixes(word.stem)) {
      const rows = this.range.all(prefix, `${prefix}\uffff`, word.stem.length + MAX_SUFFIX) as { term: string }[];
      for (const { term } of rows) if (stemWord(term) === word.stem) forms.add(term);
    }
    return [...forms];
  };
}
