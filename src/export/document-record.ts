import type { SentenceSpan, TokenSpan } from '../annotate/syntax/syntax-spans.ts';
import type { Document, PublishedDate, Removal, Span } from '../doc/types.ts';

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

/** The export record of a document: its fields, then each layer under its own name. */
export function documentRecord(document: Document): DocumentRecord {
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
    ...document.layers,
  };
}
