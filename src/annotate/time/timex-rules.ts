import { clockParser } from './clock-parser.ts';
import { dayMonthParser, numericDateParser } from './day-month-parser.ts';
import { durationParser, longWordParser, stretchParser } from './duration-parsers.ts';
import { monthParser } from './month-parser.ts';
import { centuryParser, decadeParser, quarterParser } from './period-parsers.ts';
import { agoParser, relativeDayParser, relativeUnitParser } from './relative-parsers.ts';
import { seasonParser } from './season-parser.ts';
import { setParser } from './set-parser.ts';
import type { TimexParser, TimexRefiner } from './timex-candidate.ts';
import { mergeRefiner, modifierRefiner, overlapRefiner } from './timex-refiners.ts';
import { weekdayParser } from './weekday-parser.ts';
import { yearParser } from './year-parser.ts';

/** Every parser; their order does not matter, the refiners decide between overlapping proposals. */
export const TIMEX_PARSERS: readonly TimexParser[] = [
  weekdayParser, dayMonthParser, numericDateParser, monthParser, yearParser, seasonParser, decadeParser, centuryParser,
  quarterParser, relativeDayParser, relativeUnitParser, agoParser, durationParser, stretchParser, longWordParser, setParser, clockParser,
];

/**
 * The refiners, in order. Overlaps go first, so a merge only sees the proposals that won
 * ("een week geleden", not its duration "een week"); the merge comes before the modifiers,
 * so "sinds zaterdag 9 augustus" takes "sinds" onto the merged date, not the weekday.
 */
export const TIMEX_REFINERS: readonly TimexRefiner[] = [overlapRefiner, mergeRefiner, modifierRefiner];
