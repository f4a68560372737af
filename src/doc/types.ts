/**
 * The stand-off document model. `Document.text` is the cleaned text, frozen once cleaning is
 * done; every annotation is a span into it. Offsets are JavaScript string (UTF-16 code unit)
 * indices, `start` inclusive and `end` exclusive: a tool that counts code points or bytes must
 * convert at its boundary.
 */

/** How much of a publication date is known. A month stays a month: never a first day. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

/** A publication date with honest precision, e.g. `{ value: '2021-11', precision: 'month' }`. */
export interface PublishedDate {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm±HH:mm`, matching `precision`. */
  readonly value: string;
  readonly precision: DatePrecision;
}

/** Any annotation: a range of `Document.text` and the rule or model that made it. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** Name of the rule or model that produced the span, so a person can ask why it exists. */
  readonly producer: string;
}

/** A passage in another language than Dutch, or an embedded post; never analysed as Dutch. */
export interface LanguageSegment extends Span {
  /** ISO 639-1 code from the language identifier, e.g. `en`. */
  readonly language: string;
  readonly kind: 'embed' | 'passage';
}

/** Something cleaning took out, kept so a person can audit it. */
export interface Removal {
  readonly text: string;
  /** Name of the rule, e.g. `consent-notice`, `repeated-content`, `photo-credit`. */
  readonly reason: string;
  /**
   * Position in the article's input text: the decoded file for text and seed files; the
   * text field for JSONL; the extracted main text for HTML and feed items.
   */
  readonly start: number;
}

/** The input formats Kroniek reads. */
export type SourceFormat = 'seed' | 'text' | 'html' | 'jsonl' | 'rss' | 'atom';

/** Annotation layers by name. Each annotator owns one name; the store treats them alike. */
export type Layers = Readonly<Record<string, readonly Span[]>>;

/** One article, cleaned, with its layers. */
export interface Document {
  /** Stable id: a hash of the article's source identity (URL, feed guid, record id or path). */
  readonly id: string;
  /** Path or URL a person can follow back to the input. */
  readonly source: string;
  readonly format: SourceFormat;
  readonly url: string | null;
  readonly published: PublishedDate | null;
  readonly title: string | null;
  /** Cleaned text; paragraphs separated by a blank line. */
  readonly text: string;
  readonly removed: readonly Removal[];
  readonly layers: Layers;
  /** Hash of title, date and cleaned text: unchanged content is never written twice. */
  readonly contentHash: string;
}
