import { documentRecord, type DocumentRecord } from '../export/document-record.ts';
import type { DuplicateLink } from '../relate/duplicates/near-duplicates.ts';
import type { DocumentStore } from '../store/store.ts';

/** A document with every layer (the export record, mentions with their entity), its story and near-duplicates. */
export type DocumentView = DocumentRecord & { readonly story: string | null; readonly duplicates: readonly DuplicateLink[] };

/** The view of one document, or null for an unknown id. */
export async function documentView(store: DocumentStore, id: string): Promise<DocumentView | null> {
  const document = await store.getDocument(id);
  if (!document) return null;
  const links = await store.entities.linksOfDocument(id);
  const story = await store.stories.storyOfDocument(id);
  const duplicates = await store.stories.duplicatesOf(id);
  return { ...documentRecord(document, links), story, duplicates };
}
