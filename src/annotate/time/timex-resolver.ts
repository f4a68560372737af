import { DateTime } from 'luxon';
import type { Anchor } from './anchor.ts';
import type { ShiftUnit, TimexCandidate, TimexMeaning } from './timex-candidate.ts';
import type { TimexPrecision, TimexSpan, TimexType } from './timex.ts';
import type { DurationUnit, Season } from './time-words.ts';

/** What resolving adds to a candidate's range: the TIMEX3 attributes. */
export type TimexValue = Pick<TimexSpan, 'type' | 'value' | 'precision' | 'anchor' | 'weekday' | 'timeOfDay' | 'mod'>;

/** The direction the context gives an `auto` expression: the tense for weekdays, a past bias for dates. */
export interface Directions {
  readonly weekday: 'past' | 'future';
  readonly date: 'past' | 'future';
}

/** Point precisions from coarse to fine: a value is never finer than its anchor allows. */
const FINENESS: Readonly<Record<string, number>> = { century: 0, decade: 1, year: 2, season: 3, quarter: 3, month: 4, week: 5, day: 6, time: 7, minute: 7 };
type PointPrecision = 'century' | 'year' | 'quarter' | 'month' | 'week' | 'day' | 'time';

const SHIFT_PRECISION: Readonly<Record<ShiftUnit, PointPrecision>> = {
  minute: 'time', hour: 'time', day: 'day', week: 'week', weekend: 'week', month: 'month', quarter: 'quarter', year: 'year', century: 'century',
};
const AGO_PRECISION: Readonly<Record<ShiftUnit, PointPrecision>> = { ...SHIFT_PRECISION, week: 'day', weekend: 'day' };

/** Resolves a candidate against the anchor (null: the publication date is unknown). */
export function resolveTimex(candidate: TimexCandidate, anchor: Anchor | null, directions: Directions): TimexValue {
  const meaning = candidate.meaning;
  const extra = { ...(candidate.mod ? { mod: candidate.mod } : {}) };
  switch (meaning.kind) {
    case 'duration':
      return { type: 'DURATION', value: durationValue(meaning.amount, meaning.unit), precision: 'duration', anchor: null, ...extra };
    case 'set':
      return { type: 'SET', value: setValue(meaning, candidate.timeOfDay), precision: 'set', anchor: null, ...extra };
    case 'decade':
      return { type: 'DATE', value: String(meaning.decade), precision: 'decade', anchor: null, ...extra };
    case 'century':
      return { type: 'DATE', value: String(meaning.century).padStart(2, '0'), precision: 'century', anchor: null, ...extra };
    case 'quarter':
      if (meaning.year !== undefined) return { type: 'DATE', value: `${meaning.year}-Q${meaning.quarter}`, precision: 'quarter', anchor: null, ...extra };
      return { type: 'DATE', value: `${anchor ? anchor.ref.year : 'XXXX'}-Q${meaning.quarter}`, precision: 'quarter', anchor: anchor?.label ?? null, ...extra };
    case 'season':
      return { ...seasonValue(meaning, anchor), ...extra };
    case 'date':
      return { ...dateValue(meaning, anchor, directions.date, candidate), ...extra };
    default:
      return { ...pointValue(meaning, anchor, directions.weekday, candidate), ...extra };
  }
}

function durationValue(amount: number | null, unit: DurationUnit): string {
  const n = amount === null ? 'X' : String(amount);
  if (unit === 'H' || unit === 'MIN' || unit === 'S') return `PT${n}${unit === 'MIN' ? 'M' : unit}`;
  return `P${n}${unit}`;
}

function setValue(meaning: Extract<TimexMeaning, { kind: 'set' }>, timeOfDay: string | undefined): string {
  if (meaning.weekday !== undefined) return `XXXX-WXX-${meaning.weekday}`;
  if (timeOfDay) return `T${timeOfDay}`;
  return durationValue(meaning.every ?? 1, meaning.unit ?? 'D');
}

/** A TIMEX3 season index: seasons counted from year 0, spring first (winter belongs to the year it starts in). */
function seasonIndex(date: DateTime): number {
  const month = date.month;
  if (month <= 2) return (date.year - 1) * 4 + 3;
  return date.year * 4 + Math.floor((month - 3) / 3);
}
const SEASON_ORDER: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];

function seasonValue(meaning: Extract<TimexMeaning, { kind: 'season' }>, anchor: Anchor | null): TimexValue {
  const { season } = meaning;
  if (meaning.year !== undefined) return { type: 'DATE', value: `${meaning.year}-${season}`, precision: 'season', anchor: null };
  if (!anchor) return { type: 'DATE', value: `XXXX-${season}`, precision: 'season', anchor: null };
  const current = seasonIndex(anchor.ref);
  const position = SEASON_ORDER.indexOf(season);
  let index = Math.floor(current / 4) * 4 + position;
  if (meaning.yearShift !== undefined) index = (anchor.ref.year + meaning.yearShift) * 4 + position;
  else if (meaning.direction === 'past') while (index >= current) index -= 4;
  else if (meaning.direction === 'future') while (index <= current) index += 4;
  else if (season === 'WI' && anchor.ref.month <= 2) index = (anchor.ref.year - 1) * 4 + 3;
  else index = anchor.ref.year * 4 + position;
  return { type: 'DATE', value: `${Math.floor(index / 4)}-${season}`, precision: 'season', anchor: anchor.label };
}

function dateValue(meaning: Extract<TimexMeaning, { kind: 'date' }>, anchor: Anchor | null, auto: 'past' | 'future', candidate: TimexCandidate): TimexValue {
  const { month, day } = meaning;
  const precision: TimexPrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const type: TimexType = candidate.timeOfDay ? 'TIME' : 'DATE';
  let year = meaning.year;
  let usedAnchor: string | null = null;
  if (year === undefined) {
    if (!anchor) return withDay(type, `XXXX${month ? `-${pad(month)}` : ''}${day ? `-${pad(day)}` : ''}`, precision, null, candidate);
    usedAnchor = anchor.label;
    year = anchor.ref.year + (meaning.yearShift ?? 0);
    if (meaning.yearShift === undefined && month !== undefined) {
      const direction = meaning.direction === 'auto' ? auto : meaning.direction;
      const dayKnown = FINENESS[anchor.precision]! >= FINENESS.day!;
      const later = month > anchor.ref.month || (dayKnown && month === anchor.ref.month && day !== undefined && day > anchor.ref.day);
      const earlier = month < anchor.ref.month || (dayKnown && month === anchor.ref.month && day !== undefined && day < anchor.ref.day);
      // A year-precise anchor gives the year and nothing more; the same month counts as now.
      if (anchor.precision !== 'year') {
        if (direction === 'past' && later) year -= 1;
        if (direction === 'future' && earlier) year += 1;
      }
    }
  }
  const value = `${year}${month ? `-${pad(month)}` : ''}${day ? `-${pad(day)}` : ''}`;
  return withDay(type, value, precision, usedAnchor, candidate);
}

/** A day-precise value takes the time of day; otherwise the named weekday and time stay attributes. */
function withDay(type: TimexType, value: string, precision: TimexPrecision, anchor: string | null, candidate: TimexCandidate): TimexValue {
  const timeOfDay = candidate.timeOfDay;
  if (precision === 'day' && timeOfDay) return { type: 'TIME', value: `${value}T${timeOfDay}`, precision: 'time', anchor };
  return {
    type, value, precision, anchor,
    ...(candidate.weekday !== undefined && precision !== 'day' ? { weekday: candidate.weekday } : {}),
    ...(timeOfDay ? { timeOfDay } : {}),
  };
}

type PointMeaning = Extract<TimexMeaning, { kind: 'weekday' | 'shift' | 'ago' | 'clock' }>;

/** Weekdays, shifts, "geleden" and clock times: a point moved from the anchor, shown no finer than the anchor. */
function pointValue(meaning: PointMeaning, anchor: Anchor | null, auto: 'past' | 'future', candidate: TimexCandidate): TimexValue {
  const timeOfDay = meaning.kind === 'clock' ? clockText(meaning.hour, meaning.minute) : candidate.timeOfDay;
  const type: TimexType = timeOfDay ? 'TIME' : 'DATE';
  const weekday = meaning.kind === 'weekday' ? meaning.weekday : candidate.weekday;
  if (!anchor) return { ...unanchored(meaning), type, ...(weekday !== undefined && meaning.kind === 'weekday' ? { weekday } : {}), ...(timeOfDay ? { timeOfDay } : {}) };
  if (meaning.kind === 'ago' && meaning.amount === null) return { type, value: 'PAST_REF', precision: AGO_PRECISION[meaning.unit], anchor: anchor.label };
  const [point, natural] = movedPoint(meaning, anchor.ref, auto);
  const shown: PointPrecision = FINENESS[natural]! <= FINENESS[anchor.precision]! ? natural : anchor.precision === 'minute' ? 'time' : anchor.precision;
  if (shown === 'day' && timeOfDay) return { type: 'TIME', value: `${format(point, 'day')}T${timeOfDay}`, precision: 'time', anchor: anchor.label };
  return {
    type: shown === 'time' ? 'TIME' : type, value: format(point, shown, meaning.kind === 'shift' && meaning.unit === 'weekend'), precision: shown, anchor: anchor.label,
    ...(weekday !== undefined && shown !== 'day' && shown !== 'time' ? { weekday } : {}),
    ...(timeOfDay && shown !== 'time' ? { timeOfDay } : {}),
  };
}

function movedPoint(meaning: PointMeaning, ref: DateTime, auto: 'past' | 'future'): [DateTime, PointPrecision] {
  switch (meaning.kind) {
    case 'clock':
      return [ref.set({ hour: meaning.hour, minute: meaning.minute }), 'time'];
    case 'shift':
      return [ref.plus(shiftDuration(meaning.unit, meaning.amount)), SHIFT_PRECISION[meaning.unit]];
    case 'ago':
      return [ref.minus(shiftDuration(meaning.unit, meaning.amount ?? 0)), AGO_PRECISION[meaning.unit]];
    case 'weekday': {
      if (meaning.weekShift !== undefined) return [ref.startOf('week').plus({ weeks: meaning.weekShift, days: meaning.weekday - 1 }), 'day'];
      const direction = meaning.direction === 'auto' ? auto : meaning.direction;
      const same = ref.weekday === meaning.weekday;
      if (same && meaning.direction === 'auto') return [ref, 'day'];
      const back = (ref.weekday - meaning.weekday + 7) % 7 || 7;
      const ahead = (meaning.weekday - ref.weekday + 7) % 7 || 7;
      return [direction === 'past' ? ref.minus({ days: back }) : ref.plus({ days: ahead }), 'day'];
    }
  }
}

function shiftDuration(unit: ShiftUnit, amount: number): Record<string, number> {
  if (unit === 'weekend') return { weeks: amount };
  if (unit === 'century') return { years: Math.round(amount * 100) };
  if (unit === 'quarter') return { months: Math.round(amount * 3) };
  if (unit === 'year' && !Number.isInteger(amount)) return { months: Math.round(amount * 12) };
  if (unit === 'hour' && !Number.isInteger(amount)) return { minutes: Math.round(amount * 60) };
  return { [`${unit}s`]: Math.round(amount) };
}

function format(point: DateTime, precision: PointPrecision, weekend = false): string {
  switch (precision) {
    case 'century': return String(Math.floor(point.year / 100)).padStart(2, '0');
    // Written out by hand: luxon's toFormat costs more than the rest of resolving.
    case 'year': return String(point.year);
    case 'quarter': return `${point.year}-Q${point.quarter}`;
    case 'month': return `${point.year}-${pad(point.month)}`;
    case 'week': return `${point.weekYear}-W${pad(point.weekNumber)}${weekend ? '-WE' : ''}`;
    case 'day': return `${point.year}-${pad(point.month)}-${pad(point.day)}`;
    case 'time': return `${point.year}-${pad(point.month)}-${pad(point.day)}T${pad(point.hour)}:${pad(point.minute)}`;
  }
}

/** Without a publication date: TIMEX3's unresolved forms (`XXXX-WXX-3`, `PAST_REF`), never a guess. */
function unanchored(meaning: PointMeaning): Omit<TimexValue, 'type'> {
  switch (meaning.kind) {
    case 'weekday': return { value: `XXXX-WXX-${meaning.weekday}`, precision: 'day', anchor: null };
    case 'clock': return { value: `XXXX-XX-XXT${clockText(meaning.hour, meaning.minute)}`, precision: 'time', anchor: null };
    case 'ago': return { value: 'PAST_REF', precision: AGO_PRECISION[meaning.unit], anchor: null };
    case 'shift': return { value: meaning.amount < 0 ? 'PAST_REF' : meaning.amount > 0 ? 'FUTURE_REF' : 'PRESENT_REF', precision: SHIFT_PRECISION[meaning.unit], anchor: null };
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `14:30` for a clock time. */
export function clockText(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`;
}
