import type { Precision, PublishedDate } from '../api.ts';
import { locale, type Language } from '../i18n/locale.ts';

/**
 * Dates as a person reads them, never more precise than they are: a month-only date is shown
 * as "augustus 2020", not as a first day. Dates are calendar dates, formatted in UTC so no
 * time zone shifts a day.
 */
export function formatDate(value: string, precision: Precision, language: Language): string {
  const [year = '1970', month = '01', day = '01'] = value.slice(0, 10).split('-');
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat(locale(language), { ...options, timeZone: 'UTC' }).format(date);
}

/** A published date by its own precision. */
export function formatPublished(published: PublishedDate | null, language: Language): string | null {
  if (!published) return null;
  return formatDate(published.value, published.precision, language);
}

/** A span of two `YYYY-MM-DD` days, e.g. "1 aug. 2020 – 30 sep. 2020"; one day when equal. */
export function formatSpan(first: string | null, last: string | null, language: Language): string {
  if (!first) return '';
  const short = (value: string): string =>
    new Intl.DateTimeFormat(locale(language), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(dayToDate(value));
  return !last || last === first ? short(first) : `${short(first)} – ${short(last)}`;
}

/** Milliseconds since the epoch at 00:00 UTC of a `YYYY-MM-DD` day. */
export function dayToTime(day: string): number {
  return dayToDate(day).getTime();
}

function dayToDate(day: string): Date {
  const [year = '1970', month = '01', date = '01'] = day.slice(0, 10).split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(date)));
}

/** One day in milliseconds: a span's `last` day is drawn up to its end. */
export const DAY_MS = 86_400_000;
