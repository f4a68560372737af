import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { makeSettings } from '../../config/settings.ts';
import { documentId } from '../../doc/identity.ts';
import { ingest } from '../../ingest/ingest.ts';
import { ensureEntities } from '../../relate/entities/rebuild-entities.ts';
import { updateStories } from '../../relate/stories/update-stories.ts';
import { openStore } from '../../store/open-store.ts';
import type { WriteOutcome } from '../../store/store.ts';
import type { IngestReply, IngestRequest } from './ingest-messages.ts';

/**
 * The server's ingest worker: its own connection to the database file (WAL, so the server's
 * reads go on), one run at a time through the library's `ingest`: a run holds every job queued
 * since the last, so a burst of posts pays the entity and story steps (which read the whole
 * corpus) once, not once a post. The records go in as standard input (an in-memory JSONL
 * stream), so no temporary file is written; cleaning and annotation run on this thread
 * (`workers: 0`), off the server's request path.
 */
const port = parentPort!;
const store = openStore((workerData as { dbPath: string }).dbPath);
const settings = makeSettings({ workers: 0 });
const post = (reply: IngestReply): void => port.postMessage(reply);

// A database written by an older run may lack entities or stories: brought up to date first.
ensureEntities(store);
updateStories(store);
post({ kind: 'ready' });

port.on('message', (request: IngestRequest) => {
  void run(request);
});

async function run({ jobs }: IngestRequest): Promise<void> {
  const ids = jobs.map((record) => record.job);
  post({ kind: 'started', jobs: ids });
  try {
    // Line i + 1 of the combined input is job i: failures name their line, writes their source.
    const outcomes = new Map<string, WriteOutcome[]>();
    const summary = await ingest(['-'], store, {
      settings,
      stdin: Readable.from([jobs.map((record) => `${record.line}\n`).join('')]),
      onStored: (sourceKey, outcome) => outcomes.set(sourceKey, [...(outcomes.get(sourceKey) ?? []), outcome]),
    });
    for (const [index, record] of jobs.entries()) {
      const failures = summary.failures.filter((failure) => failure.location.line === index + 1);
      const outcome = failures.length === 0 ? outcomes.get(record.sourceKey)?.shift() : undefined;
      const id = documentId(record.sourceKey);
      post({
        kind: 'done',
        job: record.job,
        summary: { read: 1, new: outcome === 'new' ? 1 : 0, updated: outcome === 'updated' ? 1 : 0, unchanged: outcome === 'unchanged' ? 1 : 0, failed: failures.length },
        documents: outcome && (await store.getDocument(id, { layers: [] })) ? [id] : [],
        errors: failures.map((f) => ({ file: f.location.file, line: f.location.line ?? null, message: f.message })),
      });
    }
  } catch (error) {
    post({ kind: 'failed', jobs: ids, message: (error as Error).message });
  }
}
