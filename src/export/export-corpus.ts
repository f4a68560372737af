import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DocumentStore } from '../store/store.ts';
import { documentRecord } from './document-record.ts';

export type ExportFormat = 'json' | 'jsonl';

/** Top-level collections filled by later layers; written as empty arrays until they exist. */
const CROSS_DOCUMENT_COLLECTIONS = ['entities', 'stories', 'conflicts'] as const;

/**
 * Writes the whole corpus to `out`, one document at a time, waiting when the stream is full:
 * memory holds one document whatever the corpus size.
 * - `json`: `{ "documents": [...], "entities": [], "stories": [], "conflicts": [] }`
 * - `jsonl`: one line per record, `{"document": {...}}` (later `{"entity": ...}` and so on).
 */
export async function exportCorpus(store: DocumentStore, format: ExportFormat, out: Writable): Promise<number> {
  let written = 0;
  const write = async (chunk: string): Promise<void> => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  if (format === 'json') await write('{"documents":[');
  for (const document of store.iterateDocuments()) {
    const record = JSON.stringify(documentRecord(document));
    if (format === 'json') await write(`${written === 0 ? '\n' : ',\n'}${record}`);
    else await write(`{"document":${record}}\n`);
    written += 1;
  }
  if (format === 'json') {
    const rest = CROSS_DOCUMENT_COLLECTIONS.map((name) => `"${name}":[]`).join(',');
    await write(`\n],${rest}}\n`);
  }
  return written;
}
