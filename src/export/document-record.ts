import { MENTIONS_LAYER } from '../annotate/entities/mention.ts';
import type { SentenceSpan, TokenSpan } from '../annotate/syntax/syntax-spans.ts';
import type { Document, PublishedDate, Removal, Span } from '../doc/types.ts';
import type { MentionLink } from '../relate/entities/entity.ts';
import { linkArguments, linkMention, linksByMention } from './entity-record.ts';

/** A document as the export format writes it (docs/export-format.md, schema/export.schema.json). */
export interface DocumentRecord {
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  readonly format: Document['format'];
  readonly published: PublishedDate | null;
  readonly title: string | null;
  readonly text: string;
  readonly removed: readonly Removal[];
  readonly segments: readonly Span[];
  /** The language core's layers (docs/language-core.md), for documents ingested with it. */
  readonly sentences?: readonly SentenceSpan[];
  readonly tokens?: readonly TokenSpan[];
  /** Every other layer, by its name (mentions, timexes, ...). */
  readonly [layer: string]: unknown;
}


/**
 * The export record of a document: its fields, then each layer under its own name; with
 * `links` (the document's entity links), each mention gains its `entity`, and so does each
 * argument of a fact span that points at a mention (a quote's speaker, an event's agent).
 */
export function documentRecord(document: Document, links?: readonly MentionLink[]): DocumentRecord {
  const layers: Record<string, unknown> = { ...document.layers };
  if (links) {
    const byMention = linksByMention(links);
    for (const [name, spans] of Object.entries(document.layers)) {
      const rows = spans as unknown as readonly Record<string, unknown>[];
      layers[name] = name === MENTIONS_LAYER
        ? rows.map((mention, i) => linkMention(mention, byMention.get(i) ?? []))
        : rows.map((span) => linkArguments(span, byMention));
    }
  }
  return {
    id: document.id,
    source: document.source,
    url: document.url,
    format: document.format,
    published: document.published,
    title: document.title,
    text: document.text,
    removed: document.removed,
    segments: [],
    ...layers,
  };
}
