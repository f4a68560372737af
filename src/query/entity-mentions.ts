import type { Document } from '../doc/types.ts';
import type { Entity, MentionLink } from '../relate/entities/entity.ts';
import type { DocumentStore } from '../store/store.ts';
import { sentenceSpan, type SentenceContext } from './sentence-span.ts';

/** One mention of an entity, with the sentence it stands in. */
export interface MentionInContext {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly relation: MentionLink['relation'];
  readonly role: string | null;
  readonly sentence: SentenceContext;
}

/**
 * The first `limit` mentions of an entity in corpus order, each in its sentence, and how many
 * it has in all. Each document is read once, however often it names the entity.
 *
 * @example (await mentionsInContext(store, entity, 200)).items[0].sentence.text
 */
export async function mentionsInContext(store: DocumentStore, entity: Entity, limit = Number.POSITIVE_INFINITY): Promise<{ total: number; items: MentionInContext[] }> {
  const links = await store.entities.linksOfEntity(entity.id, Number.isFinite(limit) ? limit : undefined);
  const documents = new Map<string, Document | null>();
  const items: MentionInContext[] = [];
  for (const link of links) {
    if (!documents.has(link.document)) documents.set(link.document, await store.getDocument(link.document));
    const document = documents.get(link.document);
    const sentence = document ? sentenceSpan(document, link.start, link.end) : { start: link.start, end: link.end, text: link.text };
    items.push({ document: link.document, start: link.start, end: link.end, text: link.text, relation: link.relation, role: link.role, sentence });
  }
  return { total: entity.mentionCount + entity.demonymCount, items };
}
