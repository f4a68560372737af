import { DateTime } from 'luxon';
import type { DatePrecision, PublishedDate } from './types.ts';

/** The first and last calendar day a date may fall on, as `YYYY-MM-DD` (inclusive). */
export interface DayRange {
  readonly first: string;
  readonly last: string;
}

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const HAS_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const MINUTE_FORMAT = "yyyy-MM-dd'T'HH:mmZZ";
const MINUTE_FORMAT_NO_ZONE = "yyyy-MM-dd'T'HH:mm";

/**
 * Reads a publication date as sources write it, keeping only the precision that is there:
 * `2021-11` stays a month, `2021-11-17T14:32:00+01:00` becomes minute precision with its offset,
 * RFC 2822 feed dates (`Wed, 17 Nov 2021 14:32:00 +0100`) and epoch numbers too.
 * Returns null for anything that is not a real date (never a guessed one).
 *
 * @example parsePublished('2021-11') // { value: '2021-11', precision: 'month' }
 */
export function parsePublished(input: string | number | null | undefined): PublishedDate | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return fromEpoch(input);
  const value = input.trim();
  if (value === '') return null;
  if (/^\d{9,13}$/.test(value)) return fromEpoch(Number(value));
  const partial = PARTIAL_ISO.exec(value);
  if (partial) return fromPartialIso(partial);
  if (HAS_TIME.test(value)) return fromIsoDateTime(value);
  const rfc = DateTime.fromRFC2822(value, { setZone: true });
  if (rfc.isValid) return minute(rfc, true);
  const http = DateTime.fromHTTP(value, { setZone: true });
  if (http.isValid) return minute(http, true);
  return null;
}

function fromPartialIso(match: RegExpExecArray): PublishedDate | null {
  const [, year, month, day] = match;
  const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year';
  const monthNumber = month ? Number(month) : 1;
  if (monthNumber < 1 || monthNumber > 12) return null;
  if (day && (Number(day) < 1 || Number(day) > daysInMonth(Number(year), monthNumber))) return null;
  return { value: match[0], precision };
}

/** Plain arithmetic: this runs for every stored article, and a date library is 50x slower. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromIsoDateTime(value: string): PublishedDate | null {
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value);
  const parsed = DateTime.fromISO(value.replace(' ', 'T'), { setZone: true });
  return parsed.isValid ? minute(parsed, hasZone) : null;
}

function fromEpoch(epoch: number): PublishedDate | null {
  const millis = epoch < 1e11 ? epoch * 1000 : epoch;
  const parsed = DateTime.fromMillis(millis, { zone: 'utc' });
  return parsed.isValid ? minute(parsed, true) : null;
}

function minute(moment: DateTime, withZone: boolean): PublishedDate {
  return {
    value: moment.toFormat(withZone ? MINUTE_FORMAT : MINUTE_FORMAT_NO_ZONE),
    precision: 'minute',
  };
}

/**
 * The days a date may stand for: a month date covers the whole month, so a filter on
 * 2021-11-20 still finds an article known only as "2021-11".
 */
export function dayRange(date: PublishedDate): DayRange {
  const day = date.value.slice(0, 10);
  switch (date.precision) {
    case 'year':
      return { first: `${date.value}-01-01`, last: `${date.value}-12-31` };
    case 'month': {
      const last = daysInMonth(Number(date.value.slice(0, 4)), Number(date.value.slice(5, 7)));
      return { first: `${date.value}-01`, last: `${date.value}-${String(last).padStart(2, '0')}` };
    }
    case 'day':
    case 'minute':
      return { first: day, last: day };
  }
}
