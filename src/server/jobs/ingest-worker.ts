import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { makeSettings } from '../../config/settings.ts';
import { documentId } from '../../doc/identity.ts';
import { ingest } from '../../ingest/ingest.ts';
import { ensureEntities } from '../../relate/entities/rebuild-entities.ts';
import { updateStories } from '../../relate/stories/update-stories.ts';
import { openStore } from '../../store/open-store.ts';
import type { IngestReply, IngestRequest } from './ingest-messages.ts';

/**
 * The server's ingest worker: its own connection to the database file (WAL, so the server's
 * reads go on), one job at a time through the library's `ingest`. The record goes in as
 * standard input (an in-memory JSONL stream), so no temporary file is written; cleaning and
 * annotation run on this thread (`workers: 0`), off the server's request path.
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

async function run({ job, line, sourceKey }: IngestRequest): Promise<void> {
  post({ kind: 'started', job });
  try {
    const summary = await ingest(['-'], store, { settings, stdin: Readable.from([`${line}\n`]) });
    const id = documentId(sourceKey);
    post({
      kind: 'done',
      job,
      summary: { read: summary.read, new: summary.new, updated: summary.updated, unchanged: summary.unchanged, failed: summary.failures.length },
      documents: summary.failures.length === 0 && (await store.getDocument(id)) ? [id] : [],
      errors: summary.failures.map((f) => ({ file: f.location.file, line: f.location.line ?? null, message: f.message })),
    });
  } catch (error) {
    post({ kind: 'failed', job, message: (error as Error).message });
  }
}
