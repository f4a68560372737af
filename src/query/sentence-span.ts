import { SENTENCES_LAYER, type SentenceSpan } from '../annotate/syntax/syntax-spans.ts';
import type { Document } from '../doc/types.ts';

/** A sentence of a document by its offsets, with `text === document.text.slice(start, end)`. */
export interface SentenceContext {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The sentence (or run of sentences) that holds `start..end`, from the `sentences` layer, as
 * exact offsets into the cleaned text; the span itself when the document has no sentences.
 */
export function sentenceSpan(document: Pick<Document, 'text' | 'layers'>, start: number, end: number): SentenceContext {
  const sentences = (document.layers[SENTENCES_LAYER] ?? []) as readonly SentenceSpan[];
  const first = sentences.find((s) => s.start <= start && start < s.end);
  const last = sentences.find((s) => s.start < end && end <= s.end) ?? first;
  const [from, to] = first ? [Math.min(first.start, start), Math.max(first.end, last!.end, end)] : [start, end];
  return { start: from, end: to, text: document.text.slice(from, to) };
}
