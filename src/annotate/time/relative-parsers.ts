import { amountValue, AMOUNT_PATTERN } from './number-words.ts';
import type { ShiftUnit, TimexCandidate, TimexParser } from './timex-candidate.ts';
import { RELATIVE_DAYS, UNIT_SHIFTS, WORD_END, WORD_START, alternation } from './time-words.ts';

/** A shift of days named by one word: "gisteren", "vandaag", "vanavond", "eerder op de dag". */
export const relativeDayParser: TimexParser = {
  name: 'relative-day',
  cues: [...Object.keys(RELATIVE_DAYS).filter((word) => !word.includes(' ')), 'dag'],
  reach: { before: 16, after: 4 },
  pattern: new RegExp(`${WORD_START}(${alternation(Object.keys(RELATIVE_DAYS))})${WORD_END}`, 'giu'),
  propose(match, { text }): TimexCandidate | null {
    const word = match[1]!.toLowerCase().replace(/\s+/g, ' ');
    // "'s morgens", "de morgen", "die morgen": the morning, not tomorrow.
    if (word === 'morgen' && /(?:['’]s|de|die|deze|elke|iedere|een|goede)\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) return null;
    const { days, part } = RELATIVE_DAYS[word]!;
    return {
      start: match.index, end: match.index + match[0].length, producer: this.name,
      meaning: { kind: 'shift', unit: 'day', amount: days }, ...(part ? { timeOfDay: part } : {}),
    };
  },
};

const SHIFT_UNITS: Readonly<Record<string, ShiftUnit>> = { week: 'week', weekend: 'weekend', maand: 'month', kwartaal: 'quarter', jaar: 'year', eeuw: 'century' };

/**
 * A calendar unit around the anchor: "vorige week", "vorig jaar", "deze week", "dit jaar",
 * "volgend jaar", "komend weekend", "afgelopen week". With an article ("het afgelopen jaar",
 * "de afgelopen week") it is a stretch of time: the duration parser's.
 */
export const relativeUnitParser: TimexParser = {
  name: 'relative-unit',
  cues: Object.keys(SHIFT_UNITS),
  reach: { before: 18, after: 2 },
  pattern: new RegExp(`${WORD_START}(?<!${WORD_START}(?:de|het)\\s+)(${alternation(Object.keys(UNIT_SHIFTS))})\\s+(${alternation(Object.keys(SHIFT_UNITS))})${WORD_END}`, 'giu'),
  propose(match): TimexCandidate | null {
    const [whole, shiftWord, unitWord] = match;
    // Agreement is not checked: Flemish writes "vorige jaar" as often as "vorig jaar".
    const unit = SHIFT_UNITS[unitWord!.toLowerCase()]!;
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'shift', unit, amount: UNIT_SHIFTS[shiftWord!.toLowerCase()]! } };
  },
};

const AGO_UNITS: Readonly<Record<string, ShiftUnit>> = {
  minuut: 'minute', minuten: 'minute', uur: 'hour', uren: 'hour', dag: 'day', dagen: 'day', week: 'week', weken: 'week',
  maand: 'month', maanden: 'month', jaar: 'year', jaren: 'year', eeuw: 'century', eeuwen: 'century',
};

/**
 * A point before or after the anchor: "een week geleden", "drie dagen geleden", "enkele weken
 * geleden", and ahead of it "over twee weken", "over drie maanden" (a negative "geleden").
 */
export const agoParser: TimexParser = {
  name: 'ago',
  cues: ['geleden', 'over'],
  reach: { before: 32, after: 32 },
  pattern: new RegExp(
    `${WORD_START}(?:(${AMOUNT_PATTERN})\\s+(${alternation(Object.keys(AGO_UNITS))})\\s+geleden|over\\s+(${AMOUNT_PATTERN})\\s+(${alternation(Object.keys(AGO_UNITS))}))${WORD_END}`,
    'giu',
  ),
  propose(match): TimexCandidate | null {
    const [whole, agoAmount, agoUnit, aheadAmount, aheadUnit] = match;
    const amount = amountValue((agoAmount ?? aheadAmount)!);
    if (amount === undefined || (aheadAmount && amount === null)) return null;
    const unit = AGO_UNITS[(agoUnit ?? aheadUnit)!.toLowerCase()]!;
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'ago', unit, amount: aheadAmount ? -amount! : amount } };
  },
};
