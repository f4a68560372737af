import type { EntityType } from '../annotate/entities/mention.ts';
import type { Entity, NameCount } from '../relate/entities/entity.ts';
import type { DocumentStore } from '../store/store.ts';

/** An entity as lists show it. */
export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly mention_count: number;
  /** In how many documents it is named. */
  readonly documents: number;
  readonly variants: readonly NameCount[];
}

/** The summary of an entity. */
export function entitySummary(entity: Entity): EntitySummary {
  return { id: entity.id, name: entity.name, type: entity.type, mention_count: entity.mentionCount, documents: entity.documents.length, variants: entity.variants };
}

/**
 * Entities most mentioned first, of one type, and with `q` only those one of whose spellings
 * folds to the same form (case, diacritics, transliteration: "lukashenko" finds Loekasjenko).
 */
export async function findEntities(store: DocumentStore, query: { readonly type?: EntityType; readonly q?: string }): Promise<Entity[]> {
  if (!query.q) return store.entities.list(query.type ? { type: query.type } : {});
  const found = (await store.entities.find(query.q)).filter((entity) => !query.type || entity.type === query.type);
  return found.sort((a, b) => b.mentionCount + b.demonymCount - (a.mentionCount + a.demonymCount) || a.name.localeCompare(b.name));
}
