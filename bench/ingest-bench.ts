// npm run bench [-- SIZES]: generates Dutch news corpora (no network), ingests each in a fresh
// process and database, then runs search queries; prints articles/s, queries/s and peak memory.
// Default sizes 20,000 and 100,000, to show that memory does not grow with the corpus.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus-generator.ts';
import { benchSearch } from './search-bench.ts';

const sizes = (process.argv[2] ?? '20000,100000').split(',').map(Number);
const CHILD = new URL('./ingest-child.ts', import.meta.url).pathname;
const SEARCH_ROUNDS = 20;

interface IngestRun {
  readonly read: number;
  readonly new: number;
  readonly failed: number;
  readonly seconds: number;
  readonly maxRssMb: number;
}

const dir = mkdtempSync(join(tmpdir(), 'kroniek-bench-'));
try {
  console.log(`Kroniek ingest and search benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`);
  console.log('articles  corpus MB  ingest s  articles/s  peak RSS MB  search q/s  p50 ms  p95 ms');
  for (const size of sizes) {
    const corpus = join(dir, `corpus-${size}.jsonl`);
    const db = join(dir, `bench-${size}.db`);
    await writeCorpus(corpus, size);
    const output = execFileSync(process.execPath, ['--import', 'tsx', CHILD, corpus, db], { encoding: 'utf8' });
    const run = JSON.parse(output) as IngestRun;
    if (run.new !== size || run.failed !== 0) throw new Error(`expected ${size} new articles, got ${output}`);
    const search = benchSearch(db, SEARCH_ROUNDS);
    console.log(
      [
        String(size).padStart(8),
        (statSync(corpus).size / 1e6).toFixed(1).padStart(9),
        run.seconds.toFixed(1).padStart(8),
        Math.round(size / run.seconds).toString().padStart(10),
        Math.round(run.maxRssMb).toString().padStart(11),
        Math.round(search.queriesPerSecond).toString().padStart(10),
        search.p50Ms.toFixed(1).padStart(6),
        search.p95Ms.toFixed(1).padStart(6),
      ].join('  '),
    );
    rmSync(corpus);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
