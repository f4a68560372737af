import type { EventSpan } from '../annotate/events/event-span.ts';
import type { Document } from '../doc/types.ts';
import type { Entity } from '../relate/entities/entity.ts';
import { timelineOf, type TimelineEntry } from '../relate/stories/timeline.ts';
import type { DocumentStore } from '../store/store.ts';

/**
 * The timeline of an entity: each article that mentions it, and each event of those articles
 * with it as agent, patient or recipient, in date order (month-only dates as their month).
 */
export async function entityTimeline(store: DocumentStore, entity: Entity): Promise<TimelineEntry[]> {
  const mentions = new Map<string, Set<number>>();
  for (const link of await store.entities.linksOfEntity(entity.id)) mentions.set(link.document, (mentions.get(link.document) ?? new Set()).add(link.mention));
  const documents: Document[] = [];
  for (const id of mentions.keys()) {
    const document = await store.getDocument(id);
    if (document) documents.push(document);
  }
  const involves = (document: Document, event: EventSpan): boolean =>
    [event.agent, event.patient, event.recipient].some((argument) => argument?.mention != null && (mentions.get(document.id)?.has(argument.mention) ?? false));
  return timelineOf(documents, involves);
}
