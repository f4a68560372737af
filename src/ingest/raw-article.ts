import type { InputLocation } from '../errors.ts';
import type { PublishedDate, Removal, SourceFormat } from '../doc/types.ts';

/** What a reader hands to cleaning: one article as found in the input, not yet cleaned. */
export interface RawArticle {
  /** Path or URL shown to a person. */
  readonly source: string;
  /** Identity for idempotent ingest: record id, URL, feed guid, or path (with item index). */
  readonly sourceKey: string;
  readonly location: InputLocation;
  readonly format: SourceFormat;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: PublishedDate | null;
  /** The article text, paragraphs separated by blank lines (or one paragraph per line). */
  readonly body: string;
  /** Where `body` starts in the input text, so removal positions point into the input. */
  readonly bodyOffset: number;
  /** What the reader itself took out (for example HTML figure captions). */
  readonly removed: readonly Removal[];
}

/** An input that could not be turned into an article; the rest of the input goes on. */
export interface ReadFailure {
  readonly kind: 'failure';
  readonly location: InputLocation;
  readonly code: string;
  readonly message: string;
}

export type ReadResult = { readonly kind: 'article'; readonly article: RawArticle } | ReadFailure;
