import type { TimexCandidate, TimexParser } from './timex-candidate.ts';
import { DECADE_WORDS, ORDINALS, WORD_END, WORD_START, alternation } from './time-words.ts';

/** Decades: "de jaren negentig", "jaren '90", "de jaren 2010" (TIMEX3 `199`, `201`). Named decades are of the 1900s. */
export const decadeParser: TimexParser = {
  name: 'decade',
  cues: ['jaren'],
  reach: { before: 4, after: 18 },
  pattern: new RegExp(`${WORD_START}(?:de\\s+)?jaren\\s+(?:(${alternation(Object.keys(DECADE_WORDS))})|['’]?([1-9]0)|((?:19|20)\\d0))${WORD_END}`, 'giu'),
  propose(match): TimexCandidate | null {
    const [whole, word, short, full] = match;
    const decade = full ? Number(full) / 10 : 190 + (word ? DECADE_WORDS[word.toLowerCase()]! : Number(short) / 10);
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'decade', decade } };
  },
};

/** Centuries: "de twintigste eeuw", "de 21e eeuw" (TIMEX3 `19`, `20`). "vorige eeuw" is a shift (relative-unit parser). */
export const centuryParser: TimexParser = {
  name: 'century',
  cues: ['eeuw'],
  reach: { before: 22, after: 2 },
  pattern: new RegExp(`${WORD_START}(?:de\\s+)?(?:(\\d{1,2})(?:e|ste|de)|(${alternation(Object.keys(ORDINALS))}))\\s+eeuw${WORD_END}`, 'giu'),
  propose(match): TimexCandidate | null {
    const [whole, digits, word] = match;
    const ordinal = digits ? Number(digits) : ORDINALS[word!.toLowerCase()]!;
    if (ordinal < 1 || ordinal > 21) return null;
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'century', century: ordinal - 1 } };
  },
};

/** Quarters: "het eerste kwartaal van 2021", "het derde kwartaal" (TIMEX3 `2021-Q1`). */
export const quarterParser: TimexParser = {
  name: 'quarter',
  cues: ['kwartaal'],
  reach: { before: 14, after: 12 },
  pattern: new RegExp(`${WORD_START}(?:het\\s+)?(?:([1-4])(?:e|ste|de)|(eerste|tweede|derde|vierde|laatste))\\s+kwartaal(?:\\s+(?:van\\s+)?(\\d{4}))?${WORD_END}`, 'giu'),
  propose(match): TimexCandidate | null {
    const [whole, digit, word, yearText] = match;
    const quarter = digit ? Number(digit) : ORDINALS[word!.toLowerCase()]!;
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'quarter', quarter, ...(yearText ? { year: Number(yearText) } : {}) } };
  },
};
