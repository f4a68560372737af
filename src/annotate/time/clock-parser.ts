import type { TimexCandidate, TimexParser } from './timex-candidate.ts';
import { WORD_END, WORD_START } from './time-words.ts';

/**
 * Clock times: "14.30 uur", "om 9 uur", "om 14:30", "rond 20.00 uur". A bare "9 uur" without
 * "om" is a duration (the duration parser's). The preposition is not part of the span.
 */
export const clockParser: TimexParser = {
  name: 'clock',
  cues: ['#'],
  reach: { before: 12, after: 12 },
  pattern: new RegExp(
    `${WORD_START}(?:([0-2]?\\d)[.:]([0-5]\\d)(?:\\s*uur)?|(?<=${WORD_START}(?:om|rond|omstreeks|tegen|vanaf|tot)\\s+)([0-2]?\\d)\\s+uur)${WORD_END}(?![.,:]\\d)`,
    'giu',
  ),
  propose(match, { text }): TimexCandidate | null {
    const [whole, h1, m1, h2] = match;
    const hour = Number(h1 ?? h2);
    const minute = m1 ? Number(m1) : 0;
    if (hour > 24) return null;
    // "3.500 mensen", "1.5 miljoen": a bare "d.dd" is a clock time only with "uur" or "om" before it.
    if (h1 && !/uur$/i.test(whole) && !/(?:^|[^\p{L}])(?:om|rond|omstreeks|tegen|vanaf|tot)\s+$/iu.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'clock', hour, minute } };
  },
};
