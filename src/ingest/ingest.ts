import type { Readable } from 'node:stream';
import type { Settings } from '../config/settings.ts';
import { rebuildEntities } from '../relate/entities/rebuild-entities.ts';
import { updateStories } from '../relate/stories/update-stories.ts';
import type { DocumentStore, DocumentWrite, WriteOutcome } from '../store/store.ts';
import { createArticleBuilder, type ArticleBuilder } from './build/article-builder.ts';
import type { BuiltArticle } from './build/built-article.ts';
import type { RawArticle, ReadFailure } from './raw-article.ts';
import { readInputs } from './read-inputs.ts';

/** What an ingest run did; `read` counts articles read, failures are listed with their reason. */
export interface IngestSummary {
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  /** Entities in the whole store once this run's mentions are merged in. */
  entities: number;
  /** Stories in the whole store once this run's articles have joined theirs. */
  stories: number;
  readonly failures: ReadFailure[];
}

export interface IngestOptions {
  readonly settings: Settings;
  readonly stdin?: Readable;
  /** Called as articles are read and stored, for progress display. */
  readonly onProgress?: (summary: Readonly<IngestSummary>) => void;
  /** Called for each article stored, in input order, with what its write did: for a caller
   * that ingests several records at once and answers for each (the server's ingest jobs). */
  readonly onStored?: (sourceKey: string, outcome: WriteOutcome) => void;
}

/**
 * Reads, cleans, annotates and stores every article under `paths`, streaming: memory holds a
 * few batches, whatever the corpus size. Cleaning runs in worker threads while this thread
 * reads and writes; results are written in input order. Each store batch is one transaction,
 * so a crash leaves the store as it was before or after a batch. Bad input is counted and
 * listed, never thrown. Last, the entities are rebuilt over all stored mentions, in one
 * transaction, and the new articles join their stories.
 */
export async function ingest(paths: readonly string[], store: DocumentStore, options: IngestOptions): Promise<IngestSummary> {
  const { settings } = options;
  const builder = await createArticleBuilder(settings);
  const run = new IngestRun(store, builder, settings, options);
  try {
    for await (const result of readInputs(paths, settings, options.stdin)) {
      if (result.kind === 'failure') run.fail(result);
      else await run.add(result.article);
    }
    await run.finish();
    // Entities span documents: merged again over every stored mention (docs/entities.md).
    run.summary.entities = (await rebuildEntities(store)).entities.length;
    // Each new article joins a story, oldest first (docs/stories.md).
    run.summary.stories = await updateStories(store);
    return run.summary;
  } finally {
    await builder.close();
  }
}

/** The bookkeeping of one ingest: chunks in flight to the builder, the batch to write. */
class IngestRun {
  readonly summary: IngestSummary = { read: 0, new: 0, updated: 0, unchanged: 0, entities: 0, stories: 0, failures: [] };
  private chunk: RawArticle[] = [];
  private readonly inFlight: Promise<BuiltArticle[]>[] = [];
  private batch: DocumentWrite[] = [];
  /** Chunks building at once: two store batches' worth, so the workers stay busy while this
   * thread writes a batch. */
  private readonly maxInFlight: number;

  constructor(
    private readonly store: DocumentStore,
    private readonly builder: ArticleBuilder,
    private readonly settings: Settings,
    private readonly callbacks: Pick<IngestOptions, 'onProgress' | 'onStored'> = {},
  ) {
    this.maxInFlight = Math.ceil((2 * settings.batchSize) / settings.workerChunk);
  }

  fail(failure: ReadFailure): void {
    this.summary.failures.push(failure);
    this.callbacks.onProgress?.(this.summary);
  }

  async add(article: RawArticle): Promise<void> {
    this.summary.read += 1;
    this.chunk.push(article);
    if (this.chunk.length >= this.settings.workerChunk) await this.sendChunk();
  }

  async finish(): Promise<void> {
    await this.sendChunk();
    while (this.inFlight.length > 0) await this.collect(await this.inFlight.shift()!);
    await this.flush();
  }

  private async sendChunk(): Promise<void> {
    if (this.chunk.length === 0) return;
    this.inFlight.push(this.builder.build(this.chunk));
    this.chunk = [];
    if (this.inFlight.length >= this.maxInFlight) await this.collect(await this.inFlight.shift()!);
  }

  private async collect(built: readonly BuiltArticle[]): Promise<void> {
    for (const item of built) {
      if (item.kind === 'failure') this.summary.failures.push(item);
      else this.batch.push(item.write);
    }
    if (this.batch.length >= this.settings.batchSize) await this.flush();
    this.callbacks.onProgress?.(this.summary);
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const outcomes = await this.store.writeBatch(this.batch);
    outcomes.forEach((outcome, i) => {
      count(this.summary, outcome);
      this.callbacks.onStored?.(this.batch[i]!.sourceKey, outcome);
    });
    this.batch = [];
  }
}

function count(summary: IngestSummary, outcome: WriteOutcome): void {
  summary[outcome] += 1;
}
