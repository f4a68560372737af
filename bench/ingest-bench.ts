// npm run bench [-- SIZES [ANALYSIS_SIZE]]: generates Dutch news corpora (no network) and prints
// 1. the language core's speed on one core: tokenise, tag, parse, the whole analysis, and NER;
// 2. the full pipeline: ingest of ANALYSIS_SIZE articles (default 2,000) with the language core
//    and NER, ending with the entities rebuilt from the stored mentions (ingest to stored entities),
//    beside the same corpus without the language core; CPU per article; what the layers cost
//    on disk per article;
// 3. the foundation alone (read, clean, store; no language core) at SIZES (default 20,000 and
//    100,000, to show that memory does not grow with the corpus), then search queries;
// 4. stories: near-duplicates and clustering of 20,000 and 100,000 generated articles;
// 5. PostgreSQL against SQLite in the same run: the store alone, and the full pipeline with 1
//    and 2 workers (bench/postgres-paths.ts), on KRONIEK_BENCH_POSTGRES_URL or a throwaway
//    server from Debian's binaries; skipped, saying so, when there is neither.
// Every ingest runs in its own process and a fresh database.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus-generator.ts';
import { benchLanguageCore } from './language-core-bench.ts';
import { benchSearch } from './search-bench.ts';
import { measureLayers } from './layer-size.ts';
import type { StoryBench } from './story-bench.ts';
import type { ModelMemory } from './model-memory.ts';
import { MENTIONS_LAYER } from '../src/annotate/entities/mention.ts';
import { SEGMENTS_LAYER, TOKENS_LAYER } from '../src/annotate/syntax/syntax-spans.ts';
import { benchPostgres, formatPostgresBench } from './postgres-paths.ts';
import { benchServer } from './postgres-server.ts';

const sizes = (process.argv[2] ?? '20000,100000').split(',').map(Number);
const analysisSize = Number(process.argv[3] ?? 2000);
const CHILD = new URL('./ingest-child.ts', import.meta.url).pathname;
const SEARCH_ROUNDS = 20;
/** Articles the one-core stages run over: about 100,000 tokens, seconds per stage. */
const CORE_ARTICLES = 300;
const FOUNDATION = JSON.stringify({ languageCore: false });
const STORY_CHILD = new URL('./story-bench.ts', import.meta.url).pathname;
const MEMORY_CHILD = new URL('./model-memory.ts', import.meta.url).pathname;
/** Two stream lengths: the same peak memory for both shows it is bounded by the window, not the stream. */
const STORY_SIZES = [20_000, 100_000];
/** The story child's heap cap: V8 collects lazily without one, which would hide that memory is bounded. */
const STORY_HEAP_MB = 300;
/** The PostgreSQL part: generated articles through the full pipeline, and seed clones for the store alone. */
const POSTGRES_ARTICLES = 300;
const POSTGRES_DOCUMENTS = 2000;

interface IngestRun {
  readonly read: number;
  readonly new: number;
  readonly failed: number;
  /** ingest(): read, clean, annotate, store, rebuild the entities from the stored mentions. */
  readonly seconds: number;
  readonly entities: number;
  /** CPU of all threads. */
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
}

/** Issue 5: the full pipeline with the language core, ingest to stored entities, on 2 cores. */
const TARGET_ARTICLES_PER_SECOND = 300;

function ingestRun(corpus: string, db: string, size: number, settings?: string): IngestRun {
  const output = execFileSync(process.execPath, ['--import', 'tsx', CHILD, corpus, db, ...(settings ? [settings] : [])], { encoding: 'utf8' });
  const run = JSON.parse(output) as IngestRun;
  if (run.new !== size || run.failed !== 0) throw new Error(`expected ${size} new articles, got ${output}`);
  return run;
}

const number = (value: number): string => Math.round(value).toLocaleString('en');
const dir = mkdtempSync(join(tmpdir(), 'kroniek-bench-'));
try {
  console.log(`Kroniek benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores)`);

  const core = await benchLanguageCore(CORE_ARTICLES);
  console.log(`\nLanguage core on one core: ${number(core.tokens)} tokens, ${number(core.sentences)} sentences of ${core.articles} generated articles`);
  console.log(`models: ${core.models.join(', ')}; loaded in ${number(core.loadMs)} ms`);
  console.log(`  tokenise + split                ${number(core.tokenise).padStart(10)} tokens/s`);
  console.log(`  tokenise + tag + lemmatise      ${number(core.tag).padStart(10)} tokens/s`);
  console.log(`  parse (from predicted tags)     ${number(core.parse).padStart(10)} tokens/s`);
  console.log(`  whole analysis, as ingest runs  ${number(core.analyze).padStart(10)} tokens/s`);
  console.log(`  NER, as ingest runs (mentions)  ${number(core.ner).padStart(10)} tokens/s`);
  console.log(`  facts (timexes, quotes, figures, events) ${number(core.facts).padStart(7)} articles/s`);
  const memory = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', MEMORY_CHILD], { encoding: 'utf8' })) as ModelMemory;
  const held = (layer: string): string => `${number(memory[layer] ?? 0)} MB`;
  console.log(`models in memory (heap and off-heap, after a collection, loaded and used once): language core (tagger, parser, lemmatiser, lexicon) ${held(TOKENS_LAYER)}, target under 100 MB; NER with its gazetteer and clusters ${held(MENTIONS_LAYER)}; language identifier ${held(SEGMENTS_LAYER)}`);

  const corpus = join(dir, `corpus-${analysisSize}.jsonl`);
  await writeCorpus(corpus, analysisSize);
  const foundation = ingestRun(corpus, join(dir, 'foundation.db'), analysisSize, FOUNDATION);
  const fullDb = join(dir, 'full.db');
  const full = ingestRun(corpus, fullDb, analysisSize);
  const layers = measureLayers(fullDb);
  console.log(`\nFull pipeline: ingest of ${number(analysisSize)} articles (${(statSync(corpus).size / 1e6).toFixed(1)} MB) to stored entities, default workers`);
  console.log('                      ingest s  articles/s  CPU ms/article  peak RSS MB');
  for (const [name, run] of [['foundation only', foundation], ['with language core', full]] as const) {
    console.log(
      [
        `  ${name.padEnd(18)}`,
        run.seconds.toFixed(1).padStart(8),
        number(analysisSize / run.seconds).padStart(10),
        (run.cpuSeconds * 1000 / analysisSize).toFixed(1).padStart(14),
        number(run.maxRssMb).padStart(11),
      ].join('  '),
    );
  }
  const fullRate = analysisSize / full.seconds;
  console.log(`full pipeline with the language core: ${number(fullRate)} articles/s (${full.entities} entities); target ${TARGET_ARTICLES_PER_SECOND} articles/s${fullRate >= TARGET_ARTICLES_PER_SECOND ? ' (met)' : ` (${(TARGET_ARTICLES_PER_SECOND / fullRate).toFixed(1)}x to go)`}`);
  console.log(`stored layers per article: ${(layers.storedBytes / analysisSize / 1024).toFixed(1)} KB (${(layers.rowsBytes / analysisSize / 1024).toFixed(1)} KB as JSON rows); database file ${(statSync(fullDb).size / analysisSize / 1024).toFixed(1)} KB per article`);
  for (const layer of layers.byName) {
    console.log(`  ${layer.name.padEnd(10)} ${(layer.storedBytes / analysisSize / 1024).toFixed(2).padStart(7)} KB stored, ${(layer.rowsBytes / analysisSize / 1024).toFixed(2).padStart(7)} KB as rows`);
  }
  rmSync(corpus);

  console.log('\nFoundation only (read + clean + store, no language core), then search');
  console.log('articles  corpus MB  ingest s  articles/s  peak RSS MB  search q/s  p50 ms  p95 ms');
  for (const size of sizes) {
    const sized = join(dir, `corpus-${size}.jsonl`);
    const db = join(dir, `bench-${size}.db`);
    await writeCorpus(sized, size);
    const run = ingestRun(sized, db, size, FOUNDATION);
    const search = await benchSearch(db, SEARCH_ROUNDS);
    console.log(
      [
        String(size).padStart(8),
        (statSync(sized).size / 1e6).toFixed(1).padStart(9),
        run.seconds.toFixed(1).padStart(8),
        Math.round(size / run.seconds).toString().padStart(10),
        Math.round(run.maxRssMb).toString().padStart(11),
        Math.round(search.queriesPerSecond).toString().padStart(10),
        search.p50Ms.toFixed(1).padStart(6),
        search.p95Ms.toFixed(1).padStart(6),
      ].join('  '),
    );
    rmSync(sized);
  }

  console.log('\nStories: near-duplicates + streaming clustering of a generated stream (100 articles a day from 300 running stories), in memory, one thread, own process; seconds of the clusterer alone');
  console.log('articles  seconds  articles/s  per CPU s  stories (generated)  open  B3 F1  peak RSS MB  heap MB');
  for (const size of STORY_SIZES) {
    const run = JSON.parse(execFileSync(process.execPath, [`--max-old-space-size=${STORY_HEAP_MB}`, '--import', 'tsx', STORY_CHILD, String(size)], { encoding: 'utf8' })) as StoryBench;
    console.log(
      [
        String(size).padStart(8),
        run.seconds.toFixed(1).padStart(7),
        number(run.articlesPerSecond).padStart(10),
        number(run.articlesPerCpuSecond).padStart(9),
        `${run.stories} (${run.generatedStories})`.padStart(19),
        String(run.openStories).padStart(4),
        run.bcubedF1.toFixed(2).padStart(5),
        number(run.peakRssMb).padStart(11),
        number(run.heapMb).padStart(7),
      ].join('  '),
    );
  }

  const postgres = await benchServer();
  if (postgres) {
    try {
      console.log('\nPostgreSQL against SQLite, same machine, same run (docs/scale.md)');
      console.log(formatPostgresBench(await benchPostgres(postgres.url, { articles: POSTGRES_ARTICLES, documents: POSTGRES_DOCUMENTS })));
    } finally {
      postgres.stop();
    }
  } else {
    console.log('\nPostgreSQL: skipped, no server (set KRONIEK_BENCH_POSTGRES_URL, or apt-get install -y postgresql for a throwaway one)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
