import type { Readable } from 'node:stream';
import type { Settings } from '../config/settings.ts';
import { DocumentBuilder } from '../annotate/document-builder.ts';
import { KroniekError, formatLocation } from '../errors.ts';
import type { DocumentStore, DocumentWrite, WriteOutcome } from '../store/store.ts';
import type { ReadFailure } from './raw-article.ts';
import { readInputs } from './read-inputs.ts';

/** What an ingest run did; `read` counts articles read, failures are listed with their reason. */
export interface IngestSummary {
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  readonly failures: ReadFailure[];
}

export interface IngestOptions {
  readonly settings: Settings;
  readonly stdin?: Readable;
  /** Called after each article, for progress display. */
  readonly onProgress?: (summary: Readonly<IngestSummary>) => void;
  readonly builder?: DocumentBuilder;
}

/**
 * Reads, cleans, annotates and stores every article under `paths`, streaming: memory holds one
 * batch, whatever the corpus size. Each batch is one transaction, so a crash leaves the store
 * as it was before or after a batch. Bad input is counted and listed, never thrown.
 */
export async function ingest(paths: readonly string[], store: DocumentStore, options: IngestOptions): Promise<IngestSummary> {
  const { settings } = options;
  const builder = options.builder ?? (await DocumentBuilder.create(settings));
  const summary: IngestSummary = { read: 0, new: 0, updated: 0, unchanged: 0, failures: [] };
  let batch: DocumentWrite[] = [];

  const flush = (): void => {
    if (batch.length === 0) return;
    for (const outcome of store.writeBatch(batch)) count(summary, outcome);
    batch = [];
  };

  for await (const result of readInputs(paths, settings, options.stdin)) {
    if (result.kind === 'failure') {
      summary.failures.push(result);
    } else {
      summary.read += 1;
      try {
        batch.push({ document: builder.build(result.article), sourceKey: result.article.sourceKey });
      } catch (error) {
        summary.failures.push(processingFailure(result.article.location, error));
      }
      if (batch.length >= settings.batchSize) flush();
    }
    options.onProgress?.(summary);
  }
  flush();
  return summary;
}

function count(summary: IngestSummary, outcome: WriteOutcome): void {
  summary[outcome] += 1;
}

function processingFailure(location: ReadFailure['location'], error: unknown): ReadFailure {
  const code = error instanceof KroniekError ? error.code : 'processing';
  return { kind: 'failure', location, code, message: `${formatLocation(location)}: ${(error as Error).message}` };
}
