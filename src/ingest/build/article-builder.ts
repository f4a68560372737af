import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DocumentBuilder } from '../../annotate/document-builder.ts';
import type { Settings } from '../../config/settings.ts';
import { KroniekError } from '../../errors.ts';
import type { RawArticle } from '../raw-article.ts';
import { buildArticles, type BuiltArticle } from './built-article.ts';

/** Turns batches of raw articles into documents to write, in order. */
export interface ArticleBuilder {
  build(articles: readonly RawArticle[]): Promise<BuiltArticle[]>;
  /** Threads that build at once: callers with one batch split it this many ways. */
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * The builder for `settings.workers`: cleaning and annotation in worker threads, so the main
 * thread only reads and writes; with 0 workers everything runs on the main thread.
 */
export async function createArticleBuilder(settings: Settings): Promise<ArticleBuilder> {
  const workers = settings.workers === 'auto' ? Math.min(availableParallelism(), MAX_AUTO_WORKERS) : settings.workers;
  if (workers <= 0) return new InlineBuilder(await DocumentBuilder.create(settings));
  return new WorkerPool(workers, settings);
}

/** One batch built on all of the builder's threads at once, in order. */
export async function buildSpread(builder: ArticleBuilder, articles: readonly RawArticle[]): Promise<BuiltArticle[]> {
  const size = Math.ceil(articles.length / builder.threads);
  if (builder.threads <= 1 || size === 0) return builder.build(articles);
  const parts: Promise<BuiltArticle[]>[] = [];
  for (let from = 0; from < articles.length; from += size) parts.push(builder.build(articles.slice(from, from + size)));
  return (await Promise.all(parts)).flat();
}

/** More workers than this gain nothing: the main thread's writes become the limit. */
const MAX_AUTO_WORKERS = 4;
const WORKER_ENTRY = new URL('./build-worker-entry.js', import.meta.url);
/** A worker holds one chunk at a time, the language identifier and the Dutch language models:
 * about 115 MB live with the models of 2026-12, and nearly twice that for a moment while their
 * files are parsed at start-up (issue 4 allows the models 100 MB together). The cap leaves
 * room for that and for better models, and still makes V8 collect early instead of growing
 * with the run, so peak memory stays flat. */
const WORKER_HEAP_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 };

class InlineBuilder implements ArticleBuilder {
  readonly threads = 1;

  constructor(private readonly builder: DocumentBuilder) {}

  async build(articles: readonly RawArticle[]): Promise<BuiltArticle[]> {
    return buildArticles(this.builder, articles);
  }

  async close(): Promise<void> {}
}

interface Pending {
  resolve(results: BuiltArticle[]): void;
  reject(error: Error): void;
}

/**
 * Worker threads, each with its own DocumentBuilder; requests go round-robin. A worker starts
 * when the first request comes its way: each one loads the language models (a second or more
 * of CPU), which a small ingest of a chunk or two would otherwise pay for every core.
 */
class WorkerPool implements ArticleBuilder {
  private readonly workers: (Worker | undefined)[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(
    readonly threads: number,
    private readonly settings: Settings,
  ) {
    this.workers = Array.from({ length: threads }, () => undefined);
  }

  build(articles: readonly RawArticle[]): Promise<BuiltArticle[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker(id % this.workers.length).postMessage({ id, articles });
    });
  }

  private worker(index: number): Worker {
    let worker = this.workers[index];
    if (!worker) {
      worker = new Worker(WORKER_ENTRY, { workerData: { settings: this.settings }, resourceLimits: WORKER_HEAP_LIMITS });
      worker.on('message', (message: { id: number; results: BuiltArticle[] }) => {
        this.pending.get(message.id)?.resolve(message.results);
        this.pending.delete(message.id);
      });
      worker.on('error', (error) => this.fail(error));
      this.workers[index] = worker;
    }
    return worker;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker?.terminate()));
  }

  private fail(error: Error): void {
    this.failure = new KroniekError('worker', `a build worker stopped: ${error.message}`);
    for (const pending of this.pending.values()) pending.reject(this.failure);
    this.pending.clear();
  }
}
