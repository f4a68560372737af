/**
 * Dutch amounts as durations use them: digits ("50", "2,5"), number words up to
 * "negenennegentig" and "honderd", "anderhalf", "een half", and the vague "enkele", "een paar"
 * (null: an unknown number, TIMEX3 `X`).
 */

const UNITS: Readonly<Record<string, number>> = {
  een: 1, 'één': 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};
const FRACTIONS: Readonly<Record<string, number>> = { anderhalf: 1.5, anderhalve: 1.5, 'een half': 0.5, 'een halve': 0.5, half: 0.5, halve: 0.5 };
const VAGUE = new Set(['enkele', 'een paar', 'een aantal', 'meerdere', 'vele', 'tal van', 'verscheidene']);

const UNIT_WORDS = Object.keys(UNITS).join('|');
const TENS_WORDS = Object.keys(TENS).join('|');

/** A regular-expression source matching one amount (digits, number word, fraction or vague word). */
export const AMOUNT_PATTERN = [
  '\\d+(?:[.,]\\d+)?',
  `(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|een|één)(?:en|ën))?(?:${TENS_WORDS})`,
  'honderd', ...Object.keys(TEENS), 'een\\s+halve', 'een\\s+half', 'anderhalve', 'anderhalf', 'halve', 'half', 'een\\s+paar', 'een\\s+aantal', 'enkele', 'meerdere', 'vele', 'tal\\s+van', 'verscheidene',
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
  if (word in FRACTIONS) return FRACTIONS[word]!;
  if (word === 'honderd') return 100;
  if (word in UNITS) return UNITS[word]!;
  if (word in TEENS) return TEENS[word]!;
  if (word in TENS) return TENS[word]!;
  const compound = /^(.+?)(?:en|ën)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(word);
  if (compound && compound[1]! in UNITS) return UNITS[compound[1]!]! + TENS[compound[2]!]!;
  return undefined;
}
