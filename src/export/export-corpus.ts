import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DocumentStore } from '../store/store.ts';
import { ensureEntities } from '../relate/entities/rebuild-entities.ts';
import { documentRecord } from './document-record.ts';
import { entityRecord } from './entity-record.ts';
import { storyRecords } from './story-record.ts';
import { updateStories } from '../relate/stories/update-stories.ts';

export type ExportFormat = 'json' | 'jsonl';

/** Top-level collections filled by later layers; written as empty arrays until they exist. */
const LATER_COLLECTIONS = ['conflicts'] as const;

/**
 * Writes the whole corpus to `out`, one document at a time, waiting when the stream is full:
 * memory holds one document whatever the corpus size.
 * Entities are rebuilt first when documents changed since they were built.
 * - `json`: `{ "documents": [...], "entities": [...], "stories": [...], "conflicts": [] }`
 * - `jsonl`: one line per record, `{"document": {...}}`, then `{"entity": {...}}`, then `{"story": {...}}`.
 */
export async function exportCorpus(store: DocumentStore, format: ExportFormat, out: Writable): Promise<number> {
  let written = 0;
  const write = async (chunk: string): Promise<void> => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  ensureEntities(store);
  updateStories(store);
  if (format === 'json') await write('{"documents":[');
  for (const document of store.iterateDocuments()) {
    const record = JSON.stringify({ ...documentRecord(document, store.entities.linksOfDocument(document.id)), duplicates: store.stories.duplicatesOf(document.id) });
    if (format === 'json') await write(`${written === 0 ? '\n' : ',\n'}${record}`);
    else await write(`{"document":${record}}\n`);
    written += 1;
  }
  if (format === 'json') await write('\n],"entities":[');
  let entities = 0;
  for (const entity of store.entities.list()) {
    const record = JSON.stringify(entityRecord(entity));
    if (format === 'json') await write(`${entities === 0 ? '\n' : ',\n'}${record}`);
    else await write(`{"entity":${record}}\n`);
    entities += 1;
  }
  if (format === 'json') await write('\n],"stories":[');
  let stories = 0;
  for (const story of storyRecords(store)) {
    const record = JSON.stringify(story);
    if (format === 'json') await write(`${stories === 0 ? '\n' : ',\n'}${record}`);
    else await write(`{"story":${record}}\n`);
    stories += 1;
  }
  if (format === 'json') {
    const rest = LATER_COLLECTIONS.map((name) => `"${name}":[]`).join(',');
    await write(`\n],${rest}}\n`);
  }
  return written;
}
