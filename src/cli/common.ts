import { existsSync } from 'node:fs';
import { Option } from 'commander';
import { DEFAULT_SETTINGS } from '../config/settings.ts';
import { KroniekError, QueryError, UsageError } from '../errors.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { DocumentStore } from '../store/store.ts';

/** `--db FILE`, shared by every command; `KRONIEK_DB` sets the default. */
export function dbOption(): Option {
  return new Option('--db <file>', 'database file').env('KRONIEK_DB').default(DEFAULT_SETTINGS.dbPath);
}

/** Opens the store for writing, creating the database when it is not there yet. */
export function openStoreForWriting(path: string): DocumentStore {
  return new SqliteStore(path);
}

/** Opens an existing store; a missing file is a usage error, not a silently empty corpus. */
export function openExistingStore(path: string): DocumentStore {
  if (!existsSync(path)) throw new UsageError(`${path}: no database here; run "kroniek ingest" first or pass --db`);
  return new SqliteStore(path);
}

/** A positive whole number from an option value. */
export function parsePositiveInt(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new UsageError(`${name} takes a whole number of at least 1, not "${value}"`);
  return parsed;
}

/** Runs a command body, turning Kroniek's own errors into a message and an exit code. */
export async function runCommand(body: () => Promise<number | void>): Promise<void> {
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    if (error instanceof KroniekError) {
      process.stderr.write(`kroniek: ${error.message}\n`);
      process.exitCode = error instanceof UsageError || error instanceof QueryError ? 2 : 1;
      return;
    }
    throw error;
  }
}
