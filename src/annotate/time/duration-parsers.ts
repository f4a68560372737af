import { amountValue, AMOUNT_PATTERN } from './number-words.ts';
import type { TimexCandidate, TimexParser } from './timex-candidate.ts';
import { DURATION_UNITS, LONG_WORDS, WORD_END, WORD_START, alternation } from './time-words.ts';

const UNIT_WORDS = alternation(Object.keys(DURATION_UNITS));

/**
 * An amount of a unit: "zowat 50 minuten", "26 jaar", "een week lang", "anderhalf uur",
 * "zesentwintig jaar". Not an age ("26 jaar oud"), not a clock time ("om een uur"), not
 * "op een dag" (once).
 */
export const durationParser: TimexParser = {
  name: 'duration',
  cues: Object.keys(DURATION_UNITS),
  reach: { before: 20, after: 8 },
  pattern: new RegExp(`${WORD_START}(${AMOUNT_PATTERN})\\s+(${UNIT_WORDS})(\\s+lang)?${WORD_END}`, 'giu'),
  propose(match, { text }): TimexCandidate | null {
    const [whole, amountText, unitWord] = match;
    const amount = amountValue(amountText!);
    if (amount === undefined) return null;
    const end = match.index + whole.length;
    if (/^\s+(?:oud|oude|ouder|jong|jonge)(?![\p{L}])/u.test(text.slice(end, end + 8))) return null;
    if (/(?:^|[^\p{L}])(?:om|rond|omstreeks|tegen|op)\s+$/iu.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
    return { start: match.index, end, producer: this.name, meaning: { kind: 'duration', amount, unit: DURATION_UNITS[unitWord!.toLowerCase()]! } };
  },
};

/**
 * A stretch up to or from the anchor: "de afgelopen dagen" (TIMEX3 `PXD`), "de afgelopen twee
 * weken" (`P2W`), "het afgelopen jaar" (`P1Y`), "de komende maanden".
 */
export const stretchParser: TimexParser = {
  name: 'stretch',
  cues: ['afgelopen', 'komende', 'voorbije', 'laatste'],
  reach: { before: 6, after: 32 },
  pattern: new RegExp(`${WORD_START}(?:de|het)\\s+(?:afgelopen|komende|voorbije|laatste)\\s+(?:(${AMOUNT_PATTERN})\\s+)?(${UNIT_WORDS})${WORD_END}`, 'giu'),
  propose(match): TimexCandidate | null {
    const [whole, amountText, unitWord] = match;
    const unitKey = unitWord!.toLowerCase();
    const plural = /en$|a$/.test(unitKey) || (amountText !== undefined && unitKey === 'jaar');
    const amount = amountText ? amountValue(amountText) : plural ? null : 1;
    if (amount === undefined) return null;
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'duration', amount, unit: DURATION_UNITS[unitKey]! } };
  },
};

/** "jarenlang", "wekenlang": a duration of an unknown number of the unit (`PXY`). */
export const longWordParser: TimexParser = {
  name: 'long-word',
  cues: Object.keys(LONG_WORDS),
  reach: { before: 0, after: 0 },
  pattern: new RegExp(`${WORD_START}(${alternation(Object.keys(LONG_WORDS))})${WORD_END}`, 'giu'),
  propose(match): TimexCandidate | null {
    return { start: match.index, end: match.index + match[0].length, producer: this.name, meaning: { kind: 'duration', amount: null, unit: LONG_WORDS[match[1]!.toLowerCase()]! } };
  },
};
