import type { DocumentStore } from '../../store/store.ts';
import { entityDocument } from './entity-document.ts';
import type { EntityTable } from './entity.ts';
import { resolveEntities } from './resolve-entities.ts';

/**
 * Rebuilds the corpus's entities from every stored document's mentions and writes them in one
 * transaction. Run after ingest: re-clustering everything keeps entities right when articles
 * arrive later (a new spelling can join two old clusters), at a cost linear in the mentions
 * (docs/entities.md has the figures); an incremental step can replace it when corpora outgrow it.
 *
 * @example rebuildEntities(store).entities.length
 */
export function rebuildEntities(store: DocumentStore): EntityTable {
  const table = resolveEntities(documents(store));
  store.entities.replaceAll(table);
  return table;
}

/** Rebuilds the entities only when documents changed since they were built. */
export function ensureEntities(store: DocumentStore): void {
  if (store.entities.isStale()) rebuildEntities(store);
}

function* documents(store: DocumentStore) {
  for (const document of store.iterateDocuments()) yield entityDocument(document);
}
