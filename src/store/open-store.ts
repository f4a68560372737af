import { existsSync } from 'node:fs';
import { UsageError } from '../errors.ts';
import { isPostgresUrl, type OpenMode } from './postgres/pg-database.ts';
import { PostgresStore } from './postgres/postgres-store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { DocumentStore } from './store.ts';

/**
 * The store at `location`: a `postgres://` or `postgresql://` URL opens the PostgreSQL
 * backend (docs/postgres.md), anything else an SQLite file. `create` makes the database when
 * it is not there; `existing` refuses a missing file, or a PostgreSQL database without
 * Kroniek's schema (reported by its first query: opening a PostgreSQL store does not wait).
 *
 * @example const store = openStore(process.env.KRONIEK_DB ?? 'kroniek.db')
 */
export function openStore(location: string, mode: OpenMode = 'create'): DocumentStore {
  if (isPostgresUrl(location)) return new PostgresStore(location, mode);
  if (mode === 'existing' && !existsSync(location)) {
    throw new UsageError(`${location}: no database here; run "kroniek ingest" first or pass --db`);
  }
  return new SqliteStore(location);
}
