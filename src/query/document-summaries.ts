import type { DocumentListing, DocumentListQuery, DocumentStore } from '../store/store.ts';
import type { Page } from './paging.ts';

/** A document as lists show it (docs/api.md): no text, no layers. */
export interface DocumentSummary extends DocumentListing {
  /** The story it belongs to, or null before stories are built. */
  readonly story: string | null;
  /** The earlier document it is a near-duplicate of (the most similar), or null. */
  readonly duplicateOf: string | null;
}

/** One page of document summaries, newest first, filtered by date span and source. */
export async function documentSummaries(store: DocumentStore, query: DocumentListQuery): Promise<Page<DocumentSummary>> {
  const { total, items } = await store.listDocuments(query);
  const summaries: DocumentSummary[] = [];
  for (const listing of items) summaries.push(await documentSummary(store, listing));
  return { total, offset: query.offset, limit: query.limit, items: summaries };
}

/** A listing with its story and the document it copies. */
export async function documentSummary(store: DocumentStore, listing: DocumentListing): Promise<DocumentSummary> {
  const story = await store.stories.storyOfDocument(listing.id);
  const duplicates = await store.stories.duplicatesOf(listing.id);
  return { ...listing, story, duplicateOf: duplicates[0]?.document ?? null };
}
