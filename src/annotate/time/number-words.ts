import { numberWords, type NumberWordKind } from '../figures/number-words.ts';

/**
 * Dutch amounts as durations use them: digits ("50", "2,5"), number words and their compounds
 * (the shared table data/number-words-nl.tsv, read by the figures layer too), "anderhalf",
 * "een half", and the vague "enkele", "een paar" (null: an unknown number, TIMEX3 `X`).
 */

const WORDS = numberWords();
const ofKind = (kind: NumberWordKind): string[] => WORDS.all().filter((w) => w.kind === kind).map((w) => w.word);
/** Words that say "some" without a number: a duration of them is `PXD`-style unknown. */
const VAGUE = new Set(['enkele', 'een paar', 'een aantal', 'meerdere', 'vele', 'tal van', 'verscheidene']);

const UNIT_WORDS = ofKind('unit').join('|');
const TENS_WORDS = ofKind('ten').join('|');

/** A regular-expression source matching one amount (digits, number word, fraction or vague word). */
export const AMOUNT_PATTERN = [
  '\\d+(?:[.,]\\d+)?',
  `(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|een|één)(?:en|ën))?(?:${TENS_WORDS})`,
  'honderd', ...ofKind('teen'), 'een\\s+halve', 'een\\s+half', 'anderhalve', 'anderhalf', 'halve', 'half', 'een\\s+paar', 'een\\s+aantal', 'enkele', 'meerdere', 'vele', 'tal\\s+van', 'verscheidene',
  UNIT_WORDS,
].join('|');

/**
 * The value of an amount word or number, or null for a vague one ("enkele"); undefined when it
 * is no amount at all.
 *
 * @example amountValue('zesentwintig') // 26
 */
export function amountValue(raw: string): number | null | undefined {
  const word = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+(?:[.,]\d+)?$/.test(word)) return Number(word.replace(',', '.'));
  if (VAGUE.has(word)) return null;
  const fraction = WORDS.word(word.replace(/^een /, ''));
  if (fraction?.kind === 'fraction') return fraction.value;
  if (word === 'een' || word === 'één') return 1;
  return WORDS.cardinal(word) ?? undefined;
}
