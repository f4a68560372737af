import type { SentenceSpan } from '../annotate/syntax/syntax-spans.ts';
import type { Document } from '../doc/types.ts';

/** A sentence longer than this is cut around the span in listings. */
const MAX_CONTEXT_CHARS = 240;

/**
 * The sentence a span stands in (from the `sentences` layer), cut around the span when it is
 * long, with runs of white space as one space: what a listing shows as a fact's provenance.
 */
export function sentenceAround(document: Pick<Document, 'text' | 'layers'> | null, start: number, end: number): string {
  const text = document?.text ?? '';
  const sentences = (document?.layers.sentences ?? []) as readonly SentenceSpan[];
  const first = sentences.find((s) => s.start <= start && start < s.end);
  const last = sentences.find((s) => s.start < end && end <= s.end) ?? first;
  let [from, to] = first ? [first.start, Math.max(first.end, last!.end)] : [start, end];
  if (to - from > MAX_CONTEXT_CHARS) [from, to] = [Math.max(from, start - MAX_CONTEXT_CHARS / 2), Math.min(to, end + MAX_CONTEXT_CHARS / 2)];
  return text.slice(from, to).replace(/\s+/g, ' ');
}
