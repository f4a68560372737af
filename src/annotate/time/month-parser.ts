import { monthNumber } from './day-month-parser.ts';
import { capitalisedInSentence, type TimexCandidate, type TimexParser } from './timex-candidate.ts';
import { MONTHS, MONTH_ABBREVIATIONS, UNIT_SHIFTS, WORD_END, WORD_START, alternation } from './time-words.ts';

const YEAR_SHIFT_WORDS = alternation(['dit', 'vorig', 'verleden', 'volgend', 'komend']);

/**
 * A month, alone or with its year: "in maart", "augustus 2020", "sept. 2020", "maart vorig
 * jaar". Abbreviations only with a year ("mei" and "dec" alone are too often something else).
 */
export const monthParser: TimexParser = {
  name: 'month',
  cues: [...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)],
  reach: { before: 0, after: 22 },
  pattern: new RegExp(
    `${WORD_START}(?:(${alternation(Object.keys(MONTHS))})|(${alternation(Object.keys(MONTH_ABBREVIATIONS))})\\.?(?=\\s+\\d{4}))${WORD_END}` +
      `(?:\\s+(?:van\\s+)?(?:(\\d{4})|(${YEAR_SHIFT_WORDS})\\s+jaar)${WORD_END})?`,
    'giu',
  ),
  propose(match, { text }): TimexCandidate | null {
    const [whole, full, short, yearText, shiftWord] = match;
    if (capitalisedInSentence(text, match.index)) return null;
    const month = monthNumber(full ?? short!);
    const year = yearText ? { year: Number(yearText) } : shiftWord ? { yearShift: UNIT_SHIFTS[shiftWord.toLowerCase()]! } : {};
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'date', month, ...year, direction: 'auto' } };
  },
};
