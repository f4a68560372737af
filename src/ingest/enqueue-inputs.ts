import type { Readable } from 'node:stream';
import type { Settings } from '../config/settings.ts';
import type { PostgresStore } from '../store/postgres/postgres-store.ts';
import type { RawArticle, ReadFailure } from './raw-article.ts';
import { readInputs } from './read-inputs.ts';

/** Articles sent to the queue per statement. */
const ENQUEUE_BATCH = 200;

/** What `kroniek ingest --queue` did. */
export interface EnqueueSummary {
  read: number;
  queued: number;
  readonly failures: ReadFailure[];
}

/** Reads every article under `paths` and queues it for the workers, unbuilt (`kroniek ingest --queue`). */
export async function enqueueInputs(paths: readonly string[], store: PostgresStore, settings: Settings, stdin?: Readable): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { read: 0, queued: 0, failures: [] };
  let batch: RawArticle[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length > 0) summary.queued += await store.queue.enqueue(batch);
    batch = [];
  };
  for await (const result of readInputs(paths, settings, stdin)) {
    if (result.kind === 'failure') {
      summary.failures.push(result);
      continue;
    }
    summary.read += 1;
    batch.push(result.article);
    if (batch.length >= ENQUEUE_BATCH) await flush();
  }
  await flush();
  return summary;
}
