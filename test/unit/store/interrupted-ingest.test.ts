import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../bench/corpus-generator.ts';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.ts';
import { CLI } from '../../helpers/paths.ts';
import { runCli, tempDir } from '../../helpers/workspace.ts';

const ARTICLES = 12_000;

function countRows(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Starts an ingest and kills it (SIGKILL, no clean-up) once the first batches are committed. */
async function ingestAndKill(corpus: string, dbPath: string): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'ingest', corpus, '--db', dbPath], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    try {
      const db = new Database(dbPath, { readonly: true, fileMustExist: true });
      const stored = countRows(db, 'documents');
      db.close();
      if (stored >= DEFAULT_SETTINGS.batchSize) break;
    } catch {
      // the database or its tables are not there yet
    }
  }
  child.kill('SIGKILL');
  await exited;
}

describe('an ingest killed half-way', () => {
  it('leaves a consistent database, and a second run completes it exactly', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus.jsonl');
    const dbPath = join(dir, 'killed.db');
    await writeCorpus(corpus, ARTICLES);
    await ingestAndKill(corpus, dbPath);

    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = countRows(db, 'documents');
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(ARTICLES);
    expect(stored % DEFAULT_SETTINGS.batchSize).toBe(0); // whole batches only
    expect(countRows(db, 'document_sources')).toBe(stored);
    expect(countRows(db, 'layers')).toBe(stored);
    const indexed = db.prepare(`SELECT count(*) AS n FROM search_index WHERE search_index MATCH '"bericht"'`).get() as { n: number };
    expect(indexed.n).toBe(stored);
    db.close();

    const resumed = runCli(['ingest', corpus, '--db', dbPath]);
    expect(resumed.stdout).toContain(`read ${ARTICLES}, new ${ARTICLES - stored}, updated 0, unchanged ${stored}, failed 0`);
    const after = new Database(dbPath, { readonly: true });
    expect(countRows(after, 'documents')).toBe(ARTICLES);
    after.close();
  });
});
