import type { DatePrecision } from '../doc/types.ts';
import type { DocumentFilter, DocumentStore } from '../store/store.ts';

/** How many articles were published in one span of days: one day, or the whole month or year of a date known only so far. */
export interface ArticleCount {
  readonly first: string;
  readonly last: string;
  readonly precision: Extract<DatePrecision, 'day' | 'month' | 'year'>;
  readonly count: number;
}

/**
 * Articles per published date, earliest first, with honest precision: articles dated only to
 * a month are one item spanning that month, never counted on its first day. Minute dates
 * count on their day. Undated articles are left out (the stats count them).
 */
export async function articlesTimeline(store: DocumentStore, filter: DocumentFilter = {}): Promise<ArticleCount[]> {
  return (await store.countByPublished(filter)).map(({ first, last, count }) => ({ first, last, count, precision: precisionOf(first, last) }));
}

/** A span's precision from its days: one day, one calendar month, else a year. */
function precisionOf(first: string, last: string): ArticleCount['precision'] {
  if (first === last) return 'day';
  return first.slice(0, 7) === last.slice(0, 7) ? 'month' : 'year';
}
