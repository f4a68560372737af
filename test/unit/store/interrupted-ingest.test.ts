import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../bench/corpus-generator.ts';
import { defaultAnnotators } from '../../../src/annotate/document-builder.ts';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';
import { runCli, tempDir } from '../../helpers/workspace.ts';

/** Enough articles that the kill lands between batches, few enough that the full language
 * core (a few dozen articles a second on two busy cores) gets through them in seconds. */
const ARTICLES = 300;
/** Small batches, so the kill comes after a commit and long before the end. */
const BATCH_SIZE = 50;
/** The bench's ingest process: the real ingest, with settings given on its command line. */
const INGEST_CHILD = join(PROJECT_ROOT, 'bench/ingest-child.ts');

function countRows(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Starts an ingest and kills it (SIGKILL, no clean-up) once the first batches are committed. */
async function ingestAndKill(corpus: string, dbPath: string): Promise<void> {
  const settings = JSON.stringify({ batchSize: BATCH_SIZE });
  const child = spawn(process.execPath, ['--import', 'tsx', INGEST_CHILD, corpus, dbPath, settings], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    try {
      const db = new Database(dbPath, { readonly: true, fileMustExist: true });
      const stored = countRows(db, 'documents');
      db.close();
      if (stored >= BATCH_SIZE) break;
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
    expect(stored % BATCH_SIZE).toBe(0); // whole batches only
    expect(countRows(db, 'document_sources')).toBe(stored);
    expect(countRows(db, 'layers')).toBe(stored * defaultAnnotators(DEFAULT_SETTINGS).length);
    const indexed = db.prepare(`SELECT count(*) AS n FROM search_index WHERE search_index MATCH '"bericht"'`).get() as { n: number };
    expect(indexed.n).toBe(stored);
    db.close();

    const resumed = runCli(['ingest', corpus, '--db', dbPath]);
    expect(resumed.stdout).toContain(`read ${ARTICLES}, new ${ARTICLES - stored}, updated 0, unchanged ${stored}, failed 0`);
    const after = new Database(dbPath, { readonly: true });
    expect(countRows(after, 'documents')).toBe(ARTICLES);
    after.close();
    // Two full-pipeline ingests in child processes: far longer than a unit test on a loaded machine.
  }, 240_000);
});
