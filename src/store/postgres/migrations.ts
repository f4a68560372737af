import type pg from 'pg';
import { KroniekError } from '../../errors.ts';

/** One schema step, numbered as its SQLite twin (src/store/sqlite/migrations.ts): version N
 * makes the same tables on both backends. Applied versions are rows of `kroniek_schema`. */
export interface PgMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The advisory lock key migrations hold, so two processes opening one database at once
 * (workers starting together) apply each step once. */
const MIGRATION_LOCK = 0x6b726f6e; // 'kron'

/*
 * Differences from SQLite, each for a reason:
 * - `seq` columns are identities, SQLite's rowids;
 * - JSON stays `text` (not jsonb), so spans read back byte for byte, keys in their order;
 * - the full-text index is a stored tsvector column with a GIN index instead of FTS5: the
 *   `kroniek_dutch` configuration is PostgreSQL's `dutch` (Snowball stems, Dutch stop words)
 *   with `unaccent` before stemming, the usual way to fold diacritics (Oekraïne = Oekraine);
 *   as a configuration rather than an unaccent() call it is immutable (a generated column may
 *   use it) and ts_headline highlights the text as written;
 * - keys, names and dates sort in "C" (byte) order, as SQLite sorts them, whatever the
 *   database's locale: listings come out in the same order on both backends;
 * - the title weighs 'A' and the text 'D', ranked 3 to 1 as SQLite's bm25(3.0, 1.0).
 */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'documents, sources, layers and the full-text index',
    sql: `
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE TEXT SEARCH CONFIGURATION kroniek_dutch (COPY = pg_catalog.dutch);
      ALTER TEXT SEARCH CONFIGURATION kroniek_dutch
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
      CREATE TABLE documents (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        source text COLLATE "C" NOT NULL,
        format text NOT NULL,
        url text,
        title text,
        published_value text,
        published_precision text CHECK (published_precision IN ('year', 'month', 'day', 'minute')),
        published_first text COLLATE "C",
        published_last text COLLATE "C",
        text text NOT NULL,
        removed text NOT NULL,
        content_hash text NOT NULL,
        ingested_at text NOT NULL,
        updated_at text NOT NULL,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('kroniek_dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('kroniek_dutch', text), 'D')
        ) STORED
      );
      CREATE INDEX documents_by_date ON documents (published_first, published_last);
      CREATE INDEX documents_by_content ON documents (content_hash);
      CREATE INDEX documents_search ON documents USING gin (search);
      CREATE TABLE document_sources (
        source_key text COLLATE "C" PRIMARY KEY,
        document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE
      );
      CREATE INDEX document_sources_by_document ON document_sources (document_id);
      CREATE TABLE layers (
        document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        name text COLLATE "C" NOT NULL,
        spans text NOT NULL,
        PRIMARY KEY (document_id, name)
      );
      CREATE INDEX layers_by_name ON layers (name);
    `,
  },
  {
    version: 2,
    name: 'compact layer encoding',
    sql: `
      ALTER TABLE layers ADD COLUMN encoding text NOT NULL DEFAULT 'rows' CHECK (encoding IN ('rows', 'columns'));
    `,
  },
  {
    version: 3,
    name: 'entities and the entity of each mention',
    sql: `
      CREATE TABLE entities (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        name text COLLATE "C" NOT NULL,
        type text NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC', 'MISC')),
        lexicon_id text,
        variants text NOT NULL,
        roles text NOT NULL,
        mention_count integer NOT NULL,
        demonym_count integer NOT NULL,
        documents text NOT NULL
      );
      CREATE INDEX entities_by_type ON entities (type, mention_count);
      CREATE TABLE entity_names (
        form text COLLATE "C" NOT NULL,
        entity_id text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        PRIMARY KEY (form, entity_id)
      );
      CREATE TABLE entity_mentions (
        document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        mention integer NOT NULL,
        part integer NOT NULL,
        start integer NOT NULL,
        "end" integer NOT NULL,
        text text NOT NULL,
        relation text NOT NULL CHECK (relation IN ('name', 'demonym')),
        entity_id text COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        role text,
        sentence integer NOT NULL,
        PRIMARY KEY (document_id, mention, part)
      );
      CREATE INDEX entity_mentions_by_entity ON entity_mentions (entity_id);
      CREATE TABLE entity_state (
        id integer PRIMARY KEY CHECK (id = 1),
        documents integer NOT NULL,
        last_change text,
        built_at text NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'near-duplicates and stories',
    sql: `
      CREATE TABLE document_signatures (
        document_id text COLLATE "C" PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        signature bytea NOT NULL
      );
      CREATE TABLE document_bands (
        band_key bigint NOT NULL,
        document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, document_id)
      );
      CREATE INDEX document_bands_by_document ON document_bands (document_id);
      CREATE TABLE document_duplicates (
        document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        duplicate_of text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        similarity double precision NOT NULL,
        PRIMARY KEY (document_id, duplicate_of)
      );
      CREATE TABLE stories (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        id text COLLATE "C" PRIMARY KEY,
        label text NOT NULL,
        articles integer NOT NULL,
        first_day text COLLATE "C",
        last_day text COLLATE "C",
        open boolean NOT NULL,
        state text NOT NULL
      );
      CREATE INDEX stories_open ON stories (seq) WHERE open;
      CREATE TABLE story_documents (
        document_id text COLLATE "C" PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        similarity double precision NOT NULL,
        seq integer NOT NULL
      );
      CREATE INDEX story_documents_by_story ON story_documents (story_id, seq);
      CREATE TABLE story_frequencies (
        kind text NOT NULL CHECK (kind IN ('term', 'entity')),
        key text COLLATE "C" NOT NULL,
        articles integer NOT NULL,
        PRIMARY KEY (kind, key)
      );
      CREATE TABLE story_stream (
        id integer PRIMARY KEY CHECK (id = 1),
        term_articles integer NOT NULL,
        entity_articles integer NOT NULL,
        latest_day integer
      );
    `,
  },
];

/** The newest applied version; 0 for a database Kroniek never opened. */
export async function schemaVersion(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>(
    `SELECT CASE WHEN to_regclass('kroniek_schema') IS NULL THEN NULL ELSE 0 END AS version`,
  );
  if (rows[0]!.version === null) return 0;
  const applied = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM kroniek_schema');
  return applied.rows[0]!.version ?? 0;
}

/**
 * Applies every pending migration, each in its own transaction under an advisory lock, and
 * refuses a database made by a newer Kroniek.
 */
export async function migrate(client: pg.ClientBase, location: string, migrations: readonly PgMigration[]): Promise<void> {
  const newest = migrations.at(-1)?.version ?? 0;
  for (const migration of [{ version: 0, name: 'schema table', sql: '' }, ...migrations]) {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        `CREATE TABLE IF NOT EXISTS kroniek_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const current = await schemaVersion(client);
      if (current > newest) {
        throw new KroniekError('db-version', `${location}: made by a newer Kroniek (schema ${current}, this one knows ${newest})`);
      }
      if (migration.version > current) {
        await client.query(migration.sql);
        await client.query('INSERT INTO kroniek_schema (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }
}
