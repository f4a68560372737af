import type { EntityType } from '../annotate/entities/mention.ts';
import type { Entity } from '../relate/entities/entity.ts';
import type { DocumentStore } from '../store/store.ts';

/** An entity that shares documents with another, and how many. */
export interface Cooccurrence {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly documents: number;
}

/** Co-occurrences listed: enough for a graph a person can read. */
export const TOP_COOCCURRENCES = 30;
/**
 * Documents of the entity looked at, its latest ones: the links of each are one indexed read,
 * so a name in half of a 100,000-article corpus still answers in well under a second; the
 * counts are then over that sample.
 */
export const COOCCURRENCE_DOCUMENTS = 2000;

/**
 * The entities named in the same documents as `entity`, by how many documents they share
 * (then by name), the top `limit`. Counted over its latest COOCCURRENCE_DOCUMENTS documents.
 */
export async function entityCooccurrences(store: DocumentStore, entity: Entity, limit = TOP_COOCCURRENCES): Promise<Cooccurrence[]> {
  const shared = new Map<string, number>();
  for (const document of entity.documents.slice(-COOCCURRENCE_DOCUMENTS)) {
    const others = new Set<string>();
    for (const link of await store.entities.linksOfDocument(document)) if (link.entity !== entity.id) others.add(link.entity);
    for (const other of others) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const result: Cooccurrence[] = [];
  for (const [id, documents] of [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    if (result.length >= limit) break;
    const other = await store.entities.get(id);
    if (other) result.push({ id, name: other.name, type: other.type, documents });
  }
  return result;
}
