// The PostgreSQL path against SQLite on this machine, in one run so the ratio is honest
// (issue #9, docs/scale.md):
// 1. the store alone: clones of the annotated seeds written in batches of 100, then 3 s of five
//    search queries round-robin (every clone matches: each query ranks hundreds);
// 2. the full pipeline: a generated corpus through `kroniek ingest` on SQLite, and through
//    `kroniek ingest --queue` and 1, then 2 `kroniek worker` processes on PostgreSQL, sharing
//    the cores (`--threads`: cores / workers each); wall time
//    from the start of the processes to the last exit (start-up and model loading included).
// The administrator's URL must be allowed to create databases: each part gets a fresh one,
// dropped after.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentBuilder } from '../src/annotate/document-builder.ts';
import { makeSettings } from '../src/config/settings.ts';
import { enqueueInputs } from '../src/ingest/enqueue-inputs.ts';
import { buildArticles } from '../src/ingest/build/built-article.ts';
import { readInputs } from '../src/ingest/read-inputs.ts';
import { parseQuery } from '../src/search/query.ts';
import { openStore } from '../src/store/open-store.ts';
import { PostgresStore } from '../src/store/postgres/postgres-store.ts';
import type { DocumentWrite } from '../src/store/store.ts';
import { databaseUrl, withClient } from '../test/helpers/throwaway-postgres.ts';
import { writeCorpus } from './corpus-generator.ts';

export interface PostgresBenchOptions {
  /** Generated articles through the full pipeline. */
  readonly articles: number;
  /** Seed clones written by the store part. */
  readonly documents: number;
}

export interface StoreSpeed {
  readonly writesPerSecond: number;
  readonly queriesPerSecond: number;
}

export interface PipelineSpeed {
  readonly path: string;
  readonly seconds: number;
  readonly articlesPerSecond: number;
}

export interface PostgresBench {
  readonly options: PostgresBenchOptions;
  readonly store: { readonly sqlite: StoreSpeed; readonly postgres: StoreSpeed };
  readonly pipeline: readonly PipelineSpeed[];
}

const CLI = join(import.meta.dirname, '../bin/kroniek.js');
const QUERIES = ['Poetin', 'protesten Minsk', '"laatste dictator van Europa"', 'presidentsverk*', 'Loekasjenko -Merkel'];
const WORKER_COUNTS = [1, 2];

export async function benchPostgres(admin: string, options: PostgresBenchOptions): Promise<PostgresBench> {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-pg-bench-'));
  const made: string[] = [];
  const freshDatabase = async (): Promise<string> => {
    const name = `kroniek_bench_${process.pid}_${made.length}`;
    await withClient(admin, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      await client.query(`CREATE DATABASE ${name}`);
    });
    made.push(name);
    return databaseUrl(admin, name);
  };
  try {
    const settings = makeSettings({ workers: 0 });
    const seeds = await annotatedSeeds(settings);
    const sqlite = await storeSpeed(join(dir, 'store.db'), seeds, options.documents);
    const postgres = await storeSpeed(await freshDatabase(), seeds, options.documents);

    const corpus = join(dir, 'corpus.jsonl');
    await writeCorpus(corpus, options.articles);
    const pipeline: PipelineSpeed[] = [];
    const speed = (path: string, seconds: number): PipelineSpeed => ({ path, seconds, articlesPerSecond: options.articles / seconds });
    pipeline.push(speed('SQLite, kroniek ingest', await timed(() => runCli(['ingest', corpus, '--db', join(dir, 'pipeline.db')]))));
    for (const workers of WORKER_COUNTS) {
      const url = await freshDatabase();
      const store = new PostgresStore(url);
      await enqueueInputs([corpus], store, settings);
      await store.close();
      // The workers share the machine's cores, as workers on one machine should.
      const threads = Math.max(1, Math.floor(availableParallelism() / workers));
      const seconds = await timed(() => Promise.all(Array.from({ length: workers }, () => runCli(['worker', '--db', url, '--threads', String(threads)]))));
      pipeline.push(speed(`PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''} x ${threads} thread${threads > 1 ? 's' : ''}`, seconds));
    }
    return { options, store: { sqlite, postgres }, pipeline };
  } finally {
    await withClient(admin, async (client) => {
      for (const name of made) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The result as the Markdown tables docs/scale.md quotes. */
export function formatPostgresBench(bench: PostgresBench): string {
  const { sqlite, postgres } = bench.store;
  const storeRow = (name: string, speed: StoreSpeed): string => `| ${name} | ${Math.round(speed.writesPerSecond)} | ${Math.round(speed.queriesPerSecond)} |`;
  return [
    `store alone, ${bench.options.documents} documents in batches of 100, then search for 3 s`,
    '| backend | documents written/s | queries/s |',
    '|---|---:|---:|',
    storeRow('SQLite', sqlite),
    storeRow('PostgreSQL', postgres),
    '',
    `full pipeline, ${bench.options.articles} generated articles, wall time of the processes`,
    '| path | s | articles/s |',
    '|---|---:|---:|',
    ...bench.pipeline.map((run) => `| ${run.path} | ${run.seconds.toFixed(1)} | ${run.articlesPerSecond.toFixed(1)} |`),
  ].join('\n');
}

/** The seeds built once, to be written again and again under new identities. */
async function annotatedSeeds(settings: ReturnType<typeof makeSettings>): Promise<DocumentWrite[]> {
  const builder = await DocumentBuilder.create(settings);
  const raws = [];
  for await (const result of readInputs([join(import.meta.dirname, '../examples/seeds')], settings)) if (result.kind === 'article') raws.push(result.article);
  return buildArticles(builder, raws).flatMap((built) => (built.kind === 'write' ? [built.write] : []));
}

async function storeSpeed(location: string, seeds: readonly DocumentWrite[], documents: number): Promise<StoreSpeed> {
  const store = openStore(location);
  const started = performance.now();
  for (let from = 0; from < documents; from += 100) {
    const batch: DocumentWrite[] = [];
    for (let i = from; i < Math.min(documents, from + 100); i++) {
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
  return { writesPerSecond: documents / ((written - started) / 1000), queriesPerSecond: queries / ((searched - written) / 1000) };
}

function runCli(args: readonly string[]): Promise<void> {
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
