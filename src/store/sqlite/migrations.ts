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
  {
    version: 3,
    name: 'entities and the entity of each mention',
    sql: `
      -- Entities across the corpus (docs/entities.md), rebuilt whole from the stored mentions
      -- after ingest (src/relate/entities/rebuild-entities.ts). JSON columns hold small arrays.
      CREATE TABLE entities (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC', 'MISC')),
        lexicon_id TEXT,
        variants TEXT NOT NULL,
        roles TEXT NOT NULL,
        mention_count INTEGER NOT NULL,
        demonym_count INTEGER NOT NULL,
        documents TEXT NOT NULL
      );
      CREATE INDEX entities_by_type ON entities (type, mention_count);
      -- Every variant, folded (case, diacritics, hyphens), and its transliteration key, so
      -- "kroniek entity lukashenko" finds Aleksandr Loekasjenko.
      CREATE TABLE entity_names (
        form TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        PRIMARY KEY (form, entity_id)
      ) WITHOUT ROWID;
      -- Which entity each NER mention (layer 'mentions', by index) or part of one refers to;
      -- relation 'demonym' for an adjective or demonym of a place (Wit-Russische).
      CREATE TABLE entity_mentions (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        mention INTEGER NOT NULL,
        part INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        relation TEXT NOT NULL CHECK (relation IN ('name', 'demonym')),
        entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        role TEXT,
        sentence INTEGER NOT NULL,
        PRIMARY KEY (document_id, mention, part)
      ) WITHOUT ROWID;
      CREATE INDEX entity_mentions_by_entity ON entity_mentions (entity_id);
      -- What the entities were built from: the document count and last document change, so a
      -- reader can tell they are stale after an ingest that did not rebuild them.
      CREATE TABLE entity_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        documents INTEGER NOT NULL,
        last_change TEXT,
        built_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'near-duplicates and stories',
    sql: `
      -- Near-duplicates (src/relate/duplicates/): each document's MinHash signature (128 unsigned
      -- 32-bit values, little-endian) and its 32 LSH band keys, so a new article is checked with
      -- 32 index look-ups whatever the corpus size; the pairs found, with their similarity.
      CREATE TABLE document_signatures (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        signature BLOB NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE document_bands (
        band_key INTEGER NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, document_id)
      ) WITHOUT ROWID;
      CREATE TABLE document_duplicates (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        duplicate_of TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        similarity REAL NOT NULL,
        PRIMARY KEY (document_id, duplicate_of)
      ) WITHOUT ROWID;
      -- Stories (src/relate/stories/), grown one article at a time. 'state' is the clustering
      -- state of the story (centroid, entity counts: active-story.ts), kept so a later ingest
      -- goes on where this one stopped; 'open' stories still take articles.
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        articles INTEGER NOT NULL,
        first_day TEXT,
        last_day TEXT,
        open INTEGER NOT NULL CHECK (open IN (0, 1)),
        state TEXT NOT NULL
      );
      CREATE TABLE story_documents (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        similarity REAL NOT NULL,
        seq INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX story_documents_by_story ON story_documents (story_id, seq);
      -- In how many articles each stem ('term') and entity key ('entity') occurred, and the
      -- article counts, for the stream's inverse document frequencies.
      CREATE TABLE story_frequencies (
        kind TEXT NOT NULL CHECK (kind IN ('term', 'entity')),
        key TEXT NOT NULL,
        articles INTEGER NOT NULL,
        PRIMARY KEY (kind, key)
      ) WITHOUT ROWID;
      CREATE TABLE story_stream (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        term_articles INTEGER NOT NULL,
        entity_articles INTEGER NOT NULL,
        latest_day INTEGER
      );
    `,
  },
];
