import { DateTime } from 'luxon';
import { capitalisedInSentence, type TimexCandidate, type TimexParser } from './timex-candidate.ts';
import { MONTHS, MONTH_ABBREVIATIONS, WORD_END, WORD_START, alternation } from './time-words.ts';

/** A full month name, or an abbreviation with its optional full stop ("sept."). */
const MONTH_WORDS = `${alternation(Object.keys(MONTHS))}${WORD_END}|(?:${alternation(Object.keys(MONTH_ABBREVIATIONS))})${WORD_END}\\.?`;

/** The month of a full name or an abbreviation ("aug", "aug."). */
export function monthNumber(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTH_ABBREVIATIONS[key]!;
}

/** Whether day and month (and year, when given) make a real date: "31 juni" does not. */
export function realDate(day: number, month: number, year = 2000): boolean {
  return DateTime.utc(year, month, day).isValid;
}

/**
 * A day and a month, with or without a year: "9 augustus", "1 januari 2021", "3 sept. 2020",
 * "de 9e augustus". Without a year the resolver picks it from the anchor.
 */
export const dayMonthParser: TimexParser = {
  name: 'day-month',
  cues: ['#'],
  reach: { before: 0, after: 24 },
  pattern: new RegExp(`${WORD_START}([0-3]?\\d)(?:e|ste|de)?\\s+(${MONTH_WORDS})(?:\\s+(\\d{4})${WORD_END})?`, 'giu'),
  propose(match, { text }): TimexCandidate | null {
    const [whole, dayText, monthText, yearText] = match;
    const monthAt = match.index + whole.indexOf(monthText!, dayText!.length);
    if (capitalisedInSentence(text, monthAt)) return null;
    const day = Number(dayText);
    const month = monthNumber(monthText!);
    const year = yearText ? Number(yearText) : undefined;
    if (day < 1 || !realDate(day, month, year ?? 2000)) return null;
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'date', day, month, ...(year ? { year } : {}), direction: 'auto' } };
  },
};

/** Numeric dates, day first as Dutch writes them ("9-8-2020", "09/08/2020"), and ISO 8601 ("2020-08-09"). */
export const numericDateParser: TimexParser = {
  name: 'numeric-date',
  cues: ['#'],
  reach: { before: 0, after: 12 },
  pattern: new RegExp(`${WORD_START}(?:([0-3]?\\d)([-/])([01]?\\d)\\2((?:19|20)\\d\\d)|((?:19|20)\\d\\d)-([01]\\d)-([0-3]\\d))${WORD_END}`, 'gu'),
  propose(match): TimexCandidate | null {
    const [whole, d1, , m1, y1, y2, m2, d2] = match;
    const day = Number(d1 ?? d2);
    const month = Number(m1 ?? m2);
    const year = Number(y1 ?? y2);
    if (month < 1 || month > 12 || day < 1 || !realDate(day, month, year)) return null;
    return { start: match.index, end: match.index + whole.length, producer: this.name, meaning: { kind: 'date', year, month, day, direction: 'auto' } };
  },
};
