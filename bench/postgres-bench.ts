// The PostgreSQL path against SQLite on this machine, in one run so the ratio is honest
// (issue #9, docs/scale.md):
// 1. the store alone: 2,000 clones of the annotated seeds written in batches of 100, then 3 s
//    of five search queries round-robin (every clone matches: each query ranks hundreds);
// 2. the full pipeline: a generated corpus through `kroniek ingest` on SQLite, and through
//    `kroniek ingest --queue` and 1, then 2 `kroniek worker` processes on PostgreSQL; wall time
//    from the start of the processes to the last exit (start-up and model loading included).
// Usage: node --import tsx bench/postgres-bench.ts --url postgres://user@host/db [--articles 200]
// The user must be allowed to create databases: each part gets a fresh one, dropped after.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DocumentBuilder } from '../src/annotate/document-builder.ts';
import { makeSettings } from '../src/config/settings.ts';
import { enqueueInputs } from '../src/ingest/enqueue-inputs.ts';
import { buildArticles } from '../src/ingest/build/built-article.ts';
import { readInputs } from '../src/ingest/read-inputs.ts';
import { parseQuery } from '../src/search/query.ts';
import { openStore } from '../src/store/open-store.ts';
import { PostgresStore } from '../src/store/postgres/postgres-store.ts';
import type { DocumentWrite } from '../src/store/store.ts';
import { writeCorpus } from './corpus-generator.ts';

const { values } = parseArgs({ options: { url: { type: 'string' }, articles: { type: 'string', default: '200' }, documents: { type: 'string', default: '2000' } } });
if (!values.url) throw new Error('usage: postgres-bench.ts --url postgres://user@host/db [--articles 200] [--documents 2000]');
const ADMIN = values.url;
const ARTICLES = Number(values.articles);
const DOCUMENTS = Number(values.documents);
const CLI = join(import.meta.dirname, '../bin/kroniek.js');
const QUERIES = ['Poetin', 'protesten Minsk', '"laatste dictator van Europa"', 'presidentsverk*', 'Loekasjenko -Merkel'];
const dir = mkdtempSync(join(tmpdir(), 'kroniek-pg-bench-'));
const made: string[] = [];

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<string> {
  const name = `kroniek_bench_${process.pid}_${made.length}`;
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  made.push(name);
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The seeds built once, written again and again under new identities. */
async function storeBench(location: string, seeds: readonly DocumentWrite[]): Promise<{ writes: number; queries: number }> {
  const store = openStore(location);
  const started = performance.now();
  for (let from = 0; from < DOCUMENTS; from += 100) {
    const batch: DocumentWrite[] = [];
    for (let i = from; i < Math.min(DOCUMENTS, from + 100); i++) {
      const write = seeds[i % seeds.length]!;
      batch.push({ ...write, sourceKey: `${write.sourceKey}#${i}`, document: { ...write.document, id: `${write.document.id}-${i}`, contentHash: `${write.document.contentHash}-${i}` } });
    }
    await store.writeBatch(batch);
  }
  const written = performance.now();
  let queries = 0;
  while (performance.now() - written < 3000) await store.search(parseQuery(QUERIES[queries++ % QUERIES.length]!), { limit: 10, snippetChars: 200 });
  const searched = performance.now();
  await store.close();
  return { writes: DOCUMENTS / ((written - started) / 1000), queries: queries / ((searched - written) / 1000) };
}

function run(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, KRONIEK_DB: '' } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`kroniek ${args[0]} exited ${code}`))));
  });
}

async function timed(body: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await body();
  return (performance.now() - started) / 1000;
}

try {
  const settings = makeSettings({ workers: 0 });
  const builder = await DocumentBuilder.create(settings);
  const raws = [];
  for await (const result of readInputs([join(import.meta.dirname, '../examples/seeds')], settings)) if (result.kind === 'article') raws.push(result.article);
  const seeds = buildArticles(builder, raws).flatMap((built) => (built.kind === 'write' ? [built.write] : []));
  const lite = await storeBench(join(dir, 'store.db'), seeds);
  const post = await storeBench(await freshDatabase(), seeds);
  console.log(`\nstore alone, ${DOCUMENTS} documents in batches of 100, then search for 3 s`);
  console.log('| backend | documents written/s | queries/s |\n|---|---:|---:|');
  console.log(`| SQLite | ${Math.round(lite.writes)} | ${Math.round(lite.queries)} |`);
  console.log(`| PostgreSQL | ${Math.round(post.writes)} | ${Math.round(post.queries)} |`);

  const corpus = join(dir, 'corpus.jsonl');
  await writeCorpus(corpus, ARTICLES);
  const rows: string[] = [];
  const sqliteSeconds = await timed(() => run(['ingest', corpus, '--db', join(dir, 'pipeline.db')]));
  rows.push(`| SQLite, kroniek ingest | ${sqliteSeconds.toFixed(1)} | ${(ARTICLES / sqliteSeconds).toFixed(1)} |`);
  for (const workers of [1, 2]) {
    const url = await freshDatabase();
    const store = new PostgresStore(url);
    await enqueueInputs([corpus], store, settings);
    await store.close();
    const seconds = await timed(() => Promise.all(Array.from({ length: workers }, () => run(['worker', '--db', url]))));
    rows.push(`| PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''} | ${seconds.toFixed(1)} | ${(ARTICLES / seconds).toFixed(1)} |`);
  }
  console.log(`\nfull pipeline, ${ARTICLES} generated articles, wall time of the processes`);
  console.log('| path | s | articles/s |\n|---|---:|---:|');
  for (const row of rows) console.log(row);
} finally {
  for (const name of made) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}
