import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { makeSettings, type Settings } from '../../src/config/settings.ts';
import { ingest, type IngestSummary } from '../../src/ingest/ingest.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Document } from '../../src/doc/types.ts';
import type { DocumentStore } from '../../src/store/store.ts';

import { CLI, PROJECT_ROOT } from './paths.ts';

export { FIXTURES, PROJECT_ROOT, SEEDS } from './paths.ts';

const made: string[] = [];
afterAll(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test file is done. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-test-'));
  made.push(dir);
  return dir;
}

/** Ingests paths into a new store in a temporary folder and returns both. Builds on the main
 * thread unless the test asks for workers: starting workers costs a second per test. */
export async function ingestInto(
  paths: readonly string[],
  overrides: Partial<Settings> = {},
): Promise<{ store: SqliteStore; summary: IngestSummary; dbPath: string }> {
  const dbPath = join(tempDir(), 'test.db');
  const store = new SqliteStore(dbPath);
  const summary = await ingest(paths, store, { settings: makeSettings({ workers: 0, ...overrides }) });
  return { store, summary, dbPath };
}

/** Every stored document, in export order. */
export async function allDocuments(store: DocumentStore): Promise<Document[]> {
  const documents: Document[] = [];
  for await (const document of store.iterateDocuments()) documents.push(document);
  return documents;
}

/** Runs the real `kroniek` command, as a user would. */
export function runCli(args: readonly string[], options: { input?: string; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', KRONIEK_DB: '' },
  });
}
