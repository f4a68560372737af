import type { DocumentStore } from '../../store/store.ts';
import { ENTITY_LAYERS, entityDocument } from './entity-document.ts';
import type { EntityTable } from './entity.ts';
import { EntityResolver } from './resolve-entities.ts';

/**
 * Rebuilds the corpus's entities from every stored document's mentions and writes them in one
 * transaction. Run after ingest: re-clustering everything keeps entities right when articles
 * arrive later (a new spelling can join two old clusters), at a cost linear in the mentions
 * (docs/entities.md has the figures); an incremental step can replace it when corpora outgrow it.
 *
 * @example (await rebuildEntities(store)).entities.length
 */
export async function rebuildEntities(store: DocumentStore): Promise<EntityTable> {
  const resolver = new EntityResolver();
  for await (const document of store.iterateDocuments({ layers: ENTITY_LAYERS })) resolver.add(entityDocument(document));
  const table = resolver.finish();
  await store.entities.replaceAll(table);
  return table;
}

/** Rebuilds the entities only when documents changed since they were built. */
export async function ensureEntities(store: DocumentStore): Promise<void> {
  if (await store.entities.isStale()) await rebuildEntities(store);
}
