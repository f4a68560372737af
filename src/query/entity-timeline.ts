import type { EventSpan } from '../annotate/events/event-span.ts';
import type { Document } from '../doc/types.ts';
import type { Entity } from '../relate/entities/entity.ts';
import { TIMELINE_LAYERS, timelineOf, type TimelineEntry } from '../relate/stories/timeline.ts';
import type { DocumentStore } from '../store/store.ts';

/** Documents an entity timeline is drawn from, its latest ones: each is read (its sentences and events). */
export const TIMELINE_DOCUMENTS = 300;

/**
 * The timeline of an entity: each article that mentions it, and each event of those articles
 * with it as agent, patient or recipient, in date order (month-only dates as their month);
 * from its latest `maxDocuments` documents (the API passes TIMELINE_DOCUMENTS, the CLI all),
 * each read with only the layers a timeline shows.
 */
export async function entityTimeline(store: DocumentStore, entity: Entity, maxDocuments = Number.POSITIVE_INFINITY): Promise<TimelineEntry[]> {
  const mentions = new Map<string, Set<number>>();
  const documents: Document[] = [];
  for (const id of entity.documents.slice(-maxDocuments)) {
    const document = await store.getDocument(id, { layers: TIMELINE_LAYERS });
    if (!document) continue;
    documents.push(document);
    mentions.set(id, new Set((await store.entities.linksOfDocument(id)).filter((link) => link.entity === entity.id).map((link) => link.mention)));
  }
  const involves = (document: Document, event: EventSpan): boolean =>
    [event.agent, event.patient, event.recipient].some((argument) => argument?.mention != null && (mentions.get(document.id)?.has(argument.mention) ?? false));
  return timelineOf(documents, involves);
}
