/** One schema step. Steps only ever get added; `version` is stored in `PRAGMA user_version`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, sources, layers and the full-text index',
    sql: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        url TEXT,
        title TEXT,
        published_value TEXT,
        published_precision TEXT CHECK (published_precision IN ('year', 'month', 'day', 'minute')),
        published_first TEXT,
        published_last TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX documents_by_date ON documents (published_first, published_last);
      CREATE INDEX documents_by_content ON documents (content_hash);

      -- Every source identity an article arrived under (path, URL, record id): re-ingest finds
      -- its document here; identical content from a second source is recorded, not stored twice.
      CREATE TABLE document_sources (
        source_key TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE
      ) WITHOUT ROWID;

      -- Stand-off layers as JSON arrays of spans; the store does not know layer names.
      CREATE TABLE layers (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        spans TEXT NOT NULL,
        PRIMARY KEY (document_id, name)
      ) WITHOUT ROWID;

      -- Title and cleaned text, folded by SQLite (case, diacritics); rowid = documents.seq.
      -- Dutch stemming happens at query time over the index's own vocabulary (word-forms.ts),
      -- because SQLite cannot call a JavaScript tokenizer and stemming every word on ingest
      -- would cost more than all the rest of indexing.
      -- Contentless: the text lives in documents; a changed document is taken out of the index
      -- with the 'delete' command and its old text. Merging less often speeds bulk ingest.
      CREATE VIRTUAL TABLE search_index USING fts5 (
        title, body,
        tokenize = 'unicode61 remove_diacritics 2',
        content = ''
      );
      INSERT INTO search_index (search_index, rank) VALUES ('automerge', 16);
      INSERT INTO search_index (search_index, rank) VALUES ('crisismerge', 64);
      -- The rank column: bm25 with a title match worth three body matches.
      INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(3.0, 1.0)');
      CREATE VIRTUAL TABLE search_terms USING fts5vocab (search_index, 'row');
    `,
  },
  {
    version: 2,
    name: 'compact layer encoding',
    sql: `
      -- How a layer's spans are written (layer-codec.ts): 'rows' is schema 1's JSON array of span
      -- objects, 'columns' one JSON array per field, for big layers such as tokens. Rows written
      -- before this step are 'rows' and are read as they are: nothing is rewritten or lost.
      ALTER TABLE layers ADD COLUMN encoding TEXT NOT NULL DEFAULT 'rows' CHECK (encoding IN ('rows', 'columns'));
    `,
  },
];
