import { amountValue, AMOUNT_PATTERN } from './number-words.ts';
import type { TimexCandidate, TimexParser } from './timex-candidate.ts';
import { DURATION_UNITS, PARTS_OF_DAY, SET_WORDS, WEEKDAYS, WORD_END, WORD_START, alternation } from './time-words.ts';

const EVERY_UNITS = alternation(['dag', 'week', 'maand', 'jaar', 'uur', 'minuut', 'kwartaal', 'weken', 'dagen', 'maanden', 'jaar']);
const WEEKDAY_WORDS = alternation(Object.keys(WEEKDAYS));

/**
 * Recurring times: "elke week", "iedere maandag", "elke twee weken", "twee keer per week",
 * "per jaar", "dagelijks", "jaarlijkse", "'s zondags", "elke ochtend", "'s avonds" (`TEV`).
 */
export const setParser: TimexParser = {
  name: 'set',
  cues: ['elke', 'iedere', 'elk', 'ieder', 'per', 'ochtends', 'morgens', 'middags', 'avonds', 'nachts', ...Object.keys(SET_WORDS), ...Object.keys(WEEKDAYS).map((day) => `${day}s`)],
  reach: { before: 24, after: 26 },
  pattern: new RegExp(
    `${WORD_START}(?:(?:elke|iedere|elk|ieder)\\s+(?:(${AMOUNT_PATTERN})\\s+)?(?:(${EVERY_UNITS})|(${WEEKDAY_WORDS})|(${alternation(Object.keys(PARTS_OF_DAY))}))` +
      `|(?:(?:${AMOUNT_PATTERN})\\s+keer\\s+)?per\\s+(${EVERY_UNITS})|(${alternation(Object.keys(SET_WORDS))})|(?:['’]s\\s+)?(${WEEKDAY_WORDS})s|['’]s\\s+(ochtends|morgens|middags|avonds|nachts))${WORD_END}`,
    'giu',
  ),
  propose(match): TimexCandidate | null {
    const [whole, everyText, everyUnit, everyWeekday, everyPart, perUnit, setWord, weekdayS, partS] = match;
    const base = { start: match.index, end: match.index + whole.length, producer: this.name };
    const weekday = everyWeekday ?? weekdayS;
    if (weekday) return { ...base, meaning: { kind: 'set', weekday: WEEKDAYS[weekday.toLowerCase()]! } };
    const part = everyPart ?? partS?.slice(0, -1);
    if (part) return { ...base, meaning: { kind: 'set', unit: 'D' }, timeOfDay: PARTS_OF_DAY[part.toLowerCase()]! };
    if (setWord) return { ...base, meaning: { kind: 'set', unit: SET_WORDS[setWord.toLowerCase()]! } };
    const unitWord = (everyUnit ?? perUnit)!.toLowerCase();
    const unit = unitWord === 'kwartaal' ? 'M' : DURATION_UNITS[unitWord]!;
    const every = everyText ? amountValue(everyText) : 1;
    if (every === undefined || every === null) return null;
    return { ...base, meaning: { kind: 'set', unit, every: unitWord === 'kwartaal' ? 3 : every } };
  },
};
