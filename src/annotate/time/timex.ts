import type { Span } from '../../doc/types.ts';

/** Name of the layer of time expressions. */
export const TIMEXES_LAYER = 'timexes';

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * How much of a time expression's value is known. A weekday in an article dated only to the
 * month stays `month`: the value never claims a day the text and the anchor cannot give.
 */
export type TimexPrecision = 'century' | 'decade' | 'year' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'time' | 'duration' | 'set';

/**
 * A time expression: the `timexes` layer, normalised TIMEX3-style against the publication date
 * (docs/time.md).
 */
export interface TimexSpan extends Span {
  /** `text.slice(start, end)`, kept for readers of the export. */
  readonly text: string;
  readonly type: TimexType;
  /** ISO 8601 or a TIMEX3 form: `2020-08-09`, `2021-11`, `2020-SU`, `2021-W45`, `P1W`, `XXXX-08-09`. */
  readonly value: string;
  readonly precision: TimexPrecision;
  /** The date the value was resolved against (`YYYY-MM` for a month-precise publication), or null when it needs none. */
  readonly anchor: string | null;
  /** The weekday the text names ("woensdag": `3`, ISO numbering) when the value cannot carry it. */
  readonly weekday?: number;
  /** The time of day the text names when the value cannot carry it: `14:30`, or a TIMEX3 part of day (`MO`, `AF`, `EV`, `NI`). */
  readonly timeOfDay?: string;
  /** A TIMEX3 modifier the text adds: `APPROX` (zowat), `MORE_THAN` (ruim), `ON_OR_AFTER` (sinds), `START` (begin)... */
  readonly mod?: TimexMod;
}

/** The TIMEX3 `mod` values Kroniek's rules produce. */
export type TimexMod = 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'ON_OR_AFTER' | 'START' | 'MID' | 'END';
