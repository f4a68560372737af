import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSettings } from '../../../src/config/settings.ts';
import { ingest } from '../../../src/ingest/ingest.ts';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import { SEEDS } from '../../helpers/paths.ts';

/**
 * A fresh database in a temporary folder holding the five seed articles, ingested as
 * `kroniek ingest examples/seeds` does (on the main thread: workers cost a second to start).
 * Returns the database file and its folder (the caller removes the folder).
 */
export async function seedDatabase(): Promise<{ dbPath: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-browser-'));
  const dbPath = join(dir, 'seeds.db');
  const store = new SqliteStore(dbPath);
  try {
    const summary = await ingest([SEEDS], store, { settings: makeSettings({ workers: 0 }) });
    if (summary.failures.length > 0) throw new Error(`seed ingest failed: ${summary.failures.map((one) => one.message).join('; ')}`);
  } finally {
    await store.close();
  }
  return { dbPath, dir };
}
