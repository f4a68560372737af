import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DocumentStore } from '../store/store.ts';
import { ensureEntities } from '../relate/entities/rebuild-entities.ts';
import { documentRecord } from './document-record.ts';
import { entityRecord } from './entity-record.ts';
import { storyRecords } from './story-record.ts';
import { updateStories } from '../relate/stories/update-stories.ts';
import { corpusConflicts } from '../relate/conflicts/index.ts';

export type ExportFormat = 'json' | 'jsonl';

/**
 * Writes the whole corpus to `out`, one document at a time, waiting when the stream is full:
 * memory holds one document whatever the corpus size.
 * Entities are rebuilt first when documents changed since they were built.
 * - `json`: `{ "documents": [...], "entities": [...], "stories": [...], "conflicts": [...] }`
 * - `jsonl`: one line per record, `{"document": {...}}`, then `{"entity": {...}}`, then `{"story": {...}}`, then `{"conflict": {...}}`.
 */
export async function exportCorpus(store: DocumentStore, format: ExportFormat, out: Writable): Promise<number> {
  const write = async (chunk: string): Promise<void> => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  /** Writes one collection: a JSON array under `name`, or one `{"<key>": ...}` line per record. */
  const collection = async (name: string, key: string, records: Iterable<unknown> | AsyncIterable<unknown>): Promise<number> => {
    let count = 0;
    if (format === 'json') await write(`${name === 'documents' ? '{' : '\n],'}"${name}":[`);
    for await (const record of records) {
      const text = JSON.stringify(record);
      await write(format === 'json' ? `${count === 0 ? '\n' : ',\n'}${text}` : `{"${key}":${text}}\n`);
      count += 1;
    }
    return count;
  };
  await ensureEntities(store);
  await updateStories(store);
  const written = await collection('documents', 'document', documentRecords(store));
  await collection('entities', 'entity', (await store.entities.list()).map(entityRecord));
  await collection('stories', 'story', storyRecords(store));
  await collection('conflicts', 'conflict', await corpusConflicts(store));
  if (format === 'json') await write('\n]}\n');
  return written;
}

/** Every document's record, with its entity links and near-duplicates, one at a time. */
async function* documentRecords(store: DocumentStore): AsyncGenerator<unknown> {
  for await (const document of store.iterateDocuments()) {
    yield { ...documentRecord(document, await store.entities.linksOfDocument(document.id)), duplicates: await store.stories.duplicatesOf(document.id) };
  }
}
