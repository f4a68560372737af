import { capitalisedInSentence, type TimexCandidate, type TimexParser } from './timex-candidate.ts';
import { PARTS_OF_DAY, WEEKDAY_DIRECTIONS, WEEKDAYS, WORD_END, WORD_START, alternation } from './time-words.ts';

/**
 * Weekdays: "woensdag", "afgelopen zondag", "komende maandag", "zaterdagochtend",
 * "vrijdagavond". The direction comes from the word before it, else from the tense (resolver).
 * "zondags" (on Sundays) is left to the set parser.
 */
export const weekdayParser: TimexParser = {
  name: 'weekday',
  cues: Object.keys(WEEKDAYS).map((day) => `${day}*`),
  reach: { before: 12, after: 16 },
  pattern: new RegExp(
    `${WORD_START}(?:(${alternation(Object.keys(WEEKDAY_DIRECTIONS))})\\s+)?(${alternation(Object.keys(WEEKDAYS))})(${alternation(Object.keys(PARTS_OF_DAY))})?${WORD_END}`,
    'giu',
  ),
  propose(match, { text }): TimexCandidate | null {
    const [whole, before, day, part] = match;
    const dayAt = match.index + whole.length - day!.length - (part?.length ?? 0);
    if (capitalisedInSentence(text, dayAt)) return null;
    return {
      start: match.index, end: match.index + whole.length, producer: this.name,
      meaning: { kind: 'weekday', weekday: WEEKDAYS[day!.toLowerCase()]!, direction: before ? WEEKDAY_DIRECTIONS[before.toLowerCase()]! : 'auto' },
      ...(part ? { timeOfDay: PARTS_OF_DAY[part.toLowerCase()]! } : {}),
    };
  },
};
