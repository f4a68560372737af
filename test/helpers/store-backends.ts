import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { makeSettings, type Settings } from '../../src/config/settings.ts';
import { ingest, type IngestSummary } from '../../src/ingest/ingest.ts';
import { openStore } from '../../src/store/open-store.ts';
import { PG_TYPES } from '../../src/store/postgres/pg-database.ts';
import type { DocumentStore } from '../../src/store/store.ts';
import { testPostgres } from './postgres-server.ts';
import { tempDir } from './workspace.ts';

/**
 * A store backend for a test suite both backends run (`describe.each(STORE_BACKENDS)`):
 * where a fresh database is, and plain SQL on it to check what the store wrote.
 */
export interface StoreBackend {
  readonly name: 'SQLite' | 'PostgreSQL';
  /** False (and the suite skipped, with the helper's message) when PostgreSQL cannot run here. */
  readonly available: boolean;
  /** A new empty database: an SQLite file path or a postgres:// URL. */
  newLocation(): Promise<string>;
  /** Rows of one SELECT on the database at `location` (written the same for both backends). */
  select<Row = Record<string, unknown>>(location: string, sql: string): Promise<Row[]>;
}

const sqlite: StoreBackend = {
  name: 'SQLite',
  available: true,
  newLocation: async () => join(tempDir(), 'test.db'),
  async select<Row>(location: string, sql: string) {
    const db = new Database(location, { readonly: true });
    try {
      return db.prepare(sql).all() as Row[];
    } finally {
      db.close();
    }
  },
};

const postgres: StoreBackend = {
  name: 'PostgreSQL',
  get available() {
    return testPostgres().available;
  },
  newLocation: () => testPostgres().createDatabase(),
  async select<Row>(location: string, sql: string) {
    const client = new pg.Client({ connectionString: location, types: PG_TYPES });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Row[];
    } finally {
      await client.end();
    }
  },
};

export const STORE_BACKENDS: readonly StoreBackend[] = [sqlite, postgres];

/** Ingests paths into a new database of `backend` (on the main thread, as workspace.ts's ingestInto). */
export async function ingestIntoBackend(
  backend: StoreBackend,
  paths: readonly string[],
  overrides: Partial<Settings> = {},
): Promise<{ store: DocumentStore; summary: IngestSummary; location: string }> {
  const location = await backend.newLocation();
  const store = openStore(location);
  const summary = await ingest(paths, store, { settings: makeSettings({ workers: 0, ...overrides }) });
  return { store, summary, location };
}

