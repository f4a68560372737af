import { setTimeout as sleep } from 'node:timers/promises';
import type { Settings } from '../config/settings.ts';
import { ensureEntities } from '../relate/entities/rebuild-entities.ts';
import { updateStories } from '../relate/stories/update-stories.ts';
import type { PostgresStore } from '../store/postgres/postgres-store.ts';
import type { WriteOutcome } from '../store/store.ts';
import { buildSpread, createArticleBuilder } from './build/article-builder.ts';

/** Articles a worker claims per transaction: small enough that a killed worker's batch is
 * little work to redo and other workers share the tail of a queue, big enough that the
 * claim and commit cost little next to annotating (tens of milliseconds an article). */
export const DEFAULT_WORKER_BATCH = 20;
/** How long a worker waits before looking again while other workers hold the last batches. */
const POLL_MS = 250;

export interface WorkerOptions {
  readonly settings: Settings;
  readonly batchSize?: number;
  /** Keep polling for new work instead of stopping once the queue is empty. */
  readonly watch?: boolean;
  /** Stops a watching worker (after its current batch). */
  readonly signal?: AbortSignal;
  readonly onBatch?: (summary: Readonly<WorkerSummary>) => void;
}

export interface WorkerSummary {
  batches: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Entities and stories in the store after this worker's last cross-document step. */
  entities: number;
  stories: number;
}

/**
 * One `kroniek worker`: claims batches of queued articles (`FOR UPDATE SKIP LOCKED`), builds
 * them through the full pipeline and commits each batch with its queue rows (PgWorkQueue).
 * When nothing is pending any more (not even batches other workers hold: one of them may die,
 * and its batch comes back), it brings the entities and stories up to date under the
 * cross-document advisory lock, so one worker at a time merges and clusters the whole corpus.
 */
export async function runWorker(store: PostgresStore, options: WorkerOptions): Promise<WorkerSummary> {
  const builder = await createArticleBuilder(options.settings);
  const summary: WorkerSummary = { batches: 0, new: 0, updated: 0, unchanged: 0, failed: 0, entities: 0, stories: 0 };
  const batchSize = options.batchSize ?? DEFAULT_WORKER_BATCH;
  let related = false;
  try {
    while (!options.signal?.aborted) {
      // The batch is split over the worker's threads: one worker process uses every core.
      const batch = await store.queue.processBatch(batchSize, (articles) => buildSpread(builder, articles));
      if (batch.claimed > 0) {
        summary.batches += 1;
        for (const outcome of batch.outcomes) count(summary, outcome);
        summary.failed += batch.failures.length;
        related = false;
        options.onBatch?.(summary);
        continue;
      }
      if ((await store.queue.counts()).pending > 0) {
        await sleep(POLL_MS);
        continue;
      }
      if (!related) {
        await store.queue.exclusively(async () => {
          await ensureEntities(store);
          summary.stories = await updateStories(store);
        });
        summary.entities = (await store.entities.list()).length;
        related = true;
      }
      if (!options.watch) break;
      await sleep(POLL_MS);
    }
    return summary;
  } finally {
    await builder.close();
  }
}

function count(summary: WorkerSummary, outcome: WriteOutcome): void {
  summary[outcome] += 1;
}
