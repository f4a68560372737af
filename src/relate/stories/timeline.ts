import { SENTENCES_LAYER, type SentenceSpan } from '../../annotate/syntax/syntax-spans.ts';
import { dayRange } from '../../doc/published.ts';
import type { Document } from '../../doc/types.ts';
import { EVENTS_LAYER, type EventSpan } from '../../annotate/events/event-span.ts';

/** The layers a timeline reads from a document (for a store read of only those). */
export const TIMELINE_LAYERS: readonly string[] = [SENTENCES_LAYER, EVENTS_LAYER];

/**
 * One dated entry of a timeline. Its date is a span of days with its precision: an article
 * known only as "2021-11" covers 2021-11-01 to 2021-11-30 and is drawn as that span, never
 * as the first of the month.
 */
export interface TimelineEntry {
  readonly kind: 'article' | 'event';
  /** `YYYY-MM-DD`, or null for undated entries (listed last). */
  readonly first: string | null;
  readonly last: string | null;
  readonly precision: string | null;
  readonly document: string;
  /** What happened: the article's title (or first sentence), or the event's type and arguments. */
  readonly text: string;
  /** The sentence it comes from, by offsets into the document's cleaned text. */
  readonly start: number;
  readonly end: number;
}

/** TIMEX3 values that name days, months or years (`2021-11-10`, `2021-11`, `2021`), as a day span. */
function timexDays(value: string | undefined): { first: string; last: string; precision: string } | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { ...dayRange({ value, precision: 'day' }), precision: 'day' };
  if (/^\d{4}-\d{2}$/.test(value)) return { ...dayRange({ value, precision: 'month' }), precision: 'month' };
  if (/^\d{4}$/.test(value)) return { ...dayRange({ value, precision: 'year' }), precision: 'year' };
  return null;
}

/**
 * The timeline of some documents: each article at its publication date, and each event of
 * their events layer that `includeEvent` keeps at its own date (its linked timex) or else its
 * article's; in date order (earliest first day, then the narrower span), undated last.
 */
export function timelineOf(documents: Iterable<Document>, includeEvent: (document: Document, event: EventSpan, index: number) => boolean = () => true): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const document of documents) {
    const published = document.published ? { ...dayRange(document.published), precision: document.published.precision } : null;
    const sentences = (document.layers[SENTENCES_LAYER] ?? []) as readonly SentenceSpan[];
    const first = sentences[0];
    entries.push({
      kind: 'article',
      first: published?.first ?? null,
      last: published?.last ?? null,
      precision: published?.precision ?? null,
      document: document.id,
      text: document.title ?? (first ? document.text.slice(first.start, first.end) : document.text.slice(0, 160)),
      start: first?.start ?? 0,
      end: first?.end ?? Math.min(document.text.length, 160),
    });
    const events = (document.layers[EVENTS_LAYER] ?? []) as readonly EventSpan[];
    events.forEach((event, index) => {
      if (!includeEvent(document, event, index)) return;
      const date = timexDays(event.time?.value) ?? published;
      const sentence = sentences.find((s) => s.start <= event.start && event.start < s.end);
      const who = [event.agent?.text, event.patient?.text].filter(Boolean).join(' → ');
      entries.push({
        kind: 'event',
        first: date?.first ?? null,
        last: date?.last ?? null,
        precision: date?.precision ?? null,
        document: document.id,
        text: `${event.type} ${event.predicate}${event.negated ? ' (niet)' : ''}${who ? `: ${who}` : ''}`,
        start: sentence?.start ?? event.start,
        end: sentence?.end ?? event.end,
      });
    });
  }
  return entries.sort(
    (a, b) =>
      (a.first === null ? 1 : 0) - (b.first === null ? 1 : 0) ||
      (a.first ?? '').localeCompare(b.first ?? '') ||
      (a.last ?? '').localeCompare(b.last ?? '') ||
      (a.kind === b.kind ? 0 : a.kind === 'article' ? -1 : 1),
  );
}
