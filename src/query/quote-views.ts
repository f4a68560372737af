import { setImmediate as nextTurn } from 'node:timers/promises';
import { QUOTES_LAYER, type QuoteKind, type QuoteSpan } from '../annotate/quotes/quote-span.ts';
import type { Document, PublishedDate } from '../doc/types.ts';
import { linkArguments, linksByMention } from '../export/entity-record.ts';
import type { Entity, MentionLink } from '../relate/entities/entity.ts';
import type { DocumentStore } from '../store/store.ts';

/** A quote as the API lists it: what was said, by whom (with the entity), where and when. */
export interface QuoteView {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: QuoteKind;
  readonly speaker: { readonly text: string; readonly entity: string | null; readonly name: string | null } | null;
  /** The speech verb or cue word as written ("zei", "aldus"), or null. */
  readonly cue: string | null;
  readonly published: PublishedDate | null;
  readonly title: string | null;
}

/** Entity names by id, each read from the store once per request. */
export class EntityNames {
  private readonly names = new Map<string, string | null>();
  constructor(private readonly store: DocumentStore) {}

  async of(id: string | null): Promise<string | null> {
    if (id === null) return null;
    if (!this.names.has(id)) this.names.set(id, (await this.store.entities.get(id))?.name ?? null);
    return this.names.get(id) ?? null;
  }
}

/** The quotes of one document as views, speakers linked to their entities through `links`. */
export async function quoteViews(document: Document, links: readonly MentionLink[], names: EntityNames): Promise<QuoteView[]> {
  const byMention = linksByMention(links);
  const views: QuoteView[] = [];
  for (const quote of (document.layers[QUOTES_LAYER] ?? []) as readonly QuoteSpan[]) {
    const linked = linkArguments(quote as unknown as Record<string, unknown>, byMention) as unknown as QuoteSpan & { speaker: { entity: string | null } | null };
    const entity = linked.speaker?.entity ?? null;
    views.push({
      document: document.id,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      kind: quote.kind,
      speaker: quote.speaker ? { text: quote.speaker.text, entity, name: await names.of(entity) } : null,
      cue: quote.cue?.text ?? null,
      published: document.published,
      title: document.title,
    });
  }
  return views;
}

/** The quotes of some documents (unknown ids skipped), in their order; only their quotes
 * layers are read. */
export async function quotesOfDocuments(store: DocumentStore, ids: Iterable<string>, names = new EntityNames(store)): Promise<QuoteView[]> {
  const views: QuoteView[] = [];
  for (const id of ids) {
    const document = await store.getDocument(id, { layers: [QUOTES_LAYER] });
    if (document && (document.layers[QUOTES_LAYER] ?? []).length > 0) views.push(...(await quoteViews(document, await store.entities.linksOfDocument(id), names)));
  }
  return views;
}

/**
 * Documents of a speaker read for its quotes, its latest ones: each is read whole, so a name in
 * thousands of articles still answers in about a second.
 */
export const SPEAKER_DOCUMENTS = 400;

/**
 * What an entity said: the quotes whose speaker refers to it, in corpus order, from the latest
 * SPEAKER_DOCUMENTS documents that mention it (optionally only `document`).
 */
export async function quotesBySpeaker(store: DocumentStore, entity: Entity, document?: string): Promise<QuoteView[]> {
  const ids = document === undefined ? entity.documents.slice(-SPEAKER_DOCUMENTS) : entity.documents.filter((id) => id === document);
  return (await quotesOfDocuments(store, ids)).filter((quote) => quote.speaker?.entity === entity.id);
}

/** Documents read between two turns of the event loop in a corpus scan, so requests go on. */
const SCAN_CHUNK = 200;

/** Every quote of the corpus, in corpus order (date order); yields to the event loop as it reads. */
export async function corpusQuotes(store: DocumentStore): Promise<QuoteView[]> {
  const names = new EntityNames(store);
  const views: QuoteView[] = [];
  let read = 0;
  for await (const document of store.iterateDocuments({ layers: [QUOTES_LAYER] })) {
    if (++read % SCAN_CHUNK === 0) await nextTurn();
    if (((document.layers[QUOTES_LAYER] ?? []) as readonly QuoteSpan[]).length === 0) continue;
    views.push(...(await quoteViews(document, await store.entities.linksOfDocument(document.id), names)));
  }
  return views;
}
