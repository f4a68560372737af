import type { TimexCandidate, TimexParser } from './timex-candidate.ts';
import { WORD_END, WORD_START } from './time-words.ts';

/**
 * Words after which a four-digit number is a year: "in 2014", "sinds 1994", "de verkiezingen
 * van 2020", "begin 2021". A bare number is not taken for a year ("2014 mensen" is a count,
 * and so is "voor 2014 mensen": the counted-noun check rejects it).
 */
const YEAR_SIGNALS = ['in', 'sinds', 'sedert', 'vanaf', 'van', 'tot', 'na', 'voor', 'begin', 'eind', 'einde', 'medio', 'halverwege', 'rond', 'omstreeks', 'jaar', 'tussen', 'zomer', 'winter', 'lente', 'herfst', 'najaar', 'voorjaar'];

/** Four digits read as a year: 1500 to 2099. */
const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';

/** A year after a signal word, or the second year of "tussen 2014 en 2016" / "van 2014 tot 2016". */
export const yearParser: TimexParser = {
  name: 'year',
  cues: ['#'],
  reach: { before: 24, after: 4 },
  pattern: new RegExp(`(?<=${WORD_START}(?:${YEAR_SIGNALS.join('|')})\\s+(?:${YEAR}\\s+(?:en|tot)\\s+)?)${YEAR}${WORD_END}(?![.,]\\d)`, 'giu'),
  propose(match, context): TimexCandidate | null {
    const end = match.index + match[0].length;
    if (context.countedNounAfter(end)) return null;
    return { start: match.index, end, producer: this.name, meaning: { kind: 'date', year: Number(match[2]), direction: 'auto' } };
  },
};
