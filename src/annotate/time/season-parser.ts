import type { TimexCandidate, TimexParser } from './timex-candidate.ts';
import { SEASONS, UNIT_SHIFTS, WORD_END, WORD_START, alternation } from './time-words.ts';

const SEASON_SHIFTS: Readonly<Record<string, 'past' | 'future' | 'this'>> = {
  vorige: 'past', afgelopen: 'past', verleden: 'past', voorbije: 'past', deze: 'this', dit: 'this', komende: 'future', volgende: 'future',
};

/**
 * Seasons with a year or a deictic word: "de zomer van 2020", "zomer 2020", "afgelopen winter",
 * "deze zomer", "het najaar van vorig jaar". A bare "in de zomer" is left alone: in news it is
 * as often generic ("in de zomer is het druk") as it is a date.
 */
export const seasonParser: TimexParser = {
  name: 'season',
  cues: Object.keys(SEASONS),
  reach: { before: 12, after: 20 },
  pattern: new RegExp(
    `${WORD_START}(?:(?:de|het|(${alternation(Object.keys(SEASON_SHIFTS))}))\\s+)?(${alternation(Object.keys(SEASONS))})` +
      `(?:\\s+(?:van\\s+)?(?:(\\d{4})|(dit|vorig|verleden|volgend|komend)\\s+jaar))?${WORD_END}`,
    'giu',
  ),
  propose(match): TimexCandidate | null {
    const [whole, shiftWord, seasonWord, yearText, yearShiftWord] = match;
    if (!shiftWord && !yearText && !yearShiftWord) return null;
    const season = SEASONS[seasonWord!.toLowerCase()]!;
    const year = yearText ? { year: Number(yearText) } : yearShiftWord ? { yearShift: UNIT_SHIFTS[yearShiftWord.toLowerCase()]! } : {};
    const direction = shiftWord ? SEASON_SHIFTS[shiftWord.toLowerCase()]! : 'auto';
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'season', season, ...year, direction } };
  },
};
