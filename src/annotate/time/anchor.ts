import { DateTime } from 'luxon';
import type { DatePrecision, PublishedDate } from '../../doc/types.ts';

/** A minute-precise publication is read as wall-clock time in the zone of Dutch and Belgian news. */
export const TIME_ZONE = 'Europe/Amsterdam';
/**
 * Arithmetic then runs on that wall-clock date in UTC: calendar steps (days, weeks, months)
 * are the same, and luxon's named-zone offsets (an Intl call per step) are not paid per timex.
 */
const CALENDAR = { zone: 'utc' } as const;

/**
 * The publication date as a reference point. A month-precise date is read as the middle of its
 * month and a year as its middle, for day arithmetic only: every value resolved from it keeps
 * the anchor's precision ("woensdag" in a 2021-11 article is `2021-11`), so no day is invented.
 */
export interface Anchor {
  readonly precision: DatePrecision;
  readonly ref: DateTime;
  /** The published value as given (`2021-11`), recorded on every timex resolved against it. */
  readonly label: string;
}

/** The middle of a month, as a reference day: no weekday or week shift leaves the month from there. */
const MID_MONTH_DAY = 15;

/** The anchor of a publication date, or null without one. */
export function anchorOf(published: PublishedDate | null): Anchor | null {
  if (!published) return null;
  const [year, month, day] = published.value.slice(0, 10).split('-').map(Number);
  let ref: DateTime;
  if (published.precision === 'minute') {
    const local = DateTime.fromISO(published.value, { setZone: true }).setZone(TIME_ZONE);
    ref = DateTime.fromObject({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute }, CALENDAR);
  } else if (published.precision === 'day') ref = DateTime.fromObject({ year, month, day }, CALENDAR);
  else if (published.precision === 'month') ref = DateTime.fromObject({ year, month, day: MID_MONTH_DAY }, CALENDAR);
  else ref = DateTime.fromObject({ year, month: 7, day: 1 }, CALENDAR);
  return ref.isValid ? { precision: published.precision, ref, label: published.value } : null;
}
