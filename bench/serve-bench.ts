// npm run bench:serve [-- --db FILE] [--seconds N] [--connections N]: the API under load on loopback.
// Starts `kroniek serve` in its own process on a database (default: the five seeds, ingested
// into a temporary one), then drives GET /api/search?q=... and GET /api/documents/ID with
// autocannon for N seconds each (default 10), taking every response's latency from
// autocannon's `response` event, and prints requests/s and p50/p95/p99 per endpoint.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { makeSettings } from '../src/config/settings.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const ROOT = join(import.meta.dirname, '..');
/** Queries of the search round, taken in turn: words, a stem match, a phrase, a prefix, an exclusion. */
const QUERIES = ['Loekasjenko', 'grens migranten', '"Wit-Russische president"', 'protest*', 'Poetin -Merkel', 'sancties', 'Europese Unie'];
/** Documents of the document round, taken in turn (the newest page, so a large db's recent ones). */
const DOCUMENTS = 50;

const { values } = parseArgs({ options: { db: { type: 'string' }, seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } } });
const duration = Number(values.seconds);
const connections = Number(values.connections);

let scratch: string | null = null;
let db = values.db;
if (!db) {
  scratch = mkdtempSync(join(tmpdir(), 'kroniek-serve-bench-'));
  db = join(scratch, 'seeds.db');
  const store = new SqliteStore(db);
  await ingest([join(ROOT, 'examples/seeds')], store, { settings: makeSettings({ workers: 0 }) });
  await store.close();
}

const server = spawn(process.execPath, [join(ROOT, 'bin/kroniek.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const base = await address(server);
  const documents = ((await (await fetch(`${base}/api/documents?limit=${DOCUMENTS}`)).json()) as { items: { id: string }[] }).items.map((d) => d.id);
  const stats = (await (await fetch(`${base}/api/stats`)).json()) as { documents: number };
  console.log(`Kroniek API under load (${new Date().toISOString().slice(0, 10)}, Node ${process.version}): ${stats.documents} documents in ${db}, ${connections} connections, ${duration} s per endpoint`);
  await round(base, 'GET /api/search?q=...', QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`));
  await round(base, 'GET /api/documents/ID', documents.map((id) => `/api/documents/${id}`));
} finally {
  server.kill('SIGTERM');
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

/** The server's address, from the line `kroniek serve` prints once it listens. */
function address(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serves (http:\/\/[^/\s]+)\//.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`kroniek serve stopped (exit code ${code}) before listening`)));
  });
}

/** One endpoint under load: paths taken in turn by each connection. */
async function round(base: string, name: string, paths: readonly string[]): Promise<void> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration,
    requests: [{ method: 'GET', setupRequest: (request: Record<string, unknown>) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (p: number): string => (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1);
  const perSecond = latencies.length / (result.duration || duration);
  const codes = [...statuses].map(([code, n]) => `${code}: ${n}`).join(', ');
  console.log(`  ${name.padEnd(24)} ${perSecond.toFixed(0).padStart(6)} requests/s   p50 ${at(50)} ms   p95 ${at(95)} ms   p99 ${at(99)} ms   (${latencies.length} responses; ${codes}; errors ${result.errors}, timeouts ${result.timeouts})`);
}
