/** A number written in digits, Dutch style, with a currency or percent sign stuck to it. */
export interface DigitNumber {
  readonly value: number;
  /** `euro`, `dollar` or `procent` from "€2,5", "$3" or "5%"; null without a sign. */
  readonly unit: string | null;
  /** Digits only, no separator or sign ("1994"): what a year looks like. */
  readonly plain: boolean;
}

/** 1.000, 12.500.000, 1.234,5: dots group thousands, a comma starts the decimals. */
const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
/** 3,5 and 80,1. */
const DECIMAL = /^\d+,\d+$/;
const INTEGER = /^\d+$/;
const PREFIX_UNITS: Readonly<Record<string, string>> = { '€': 'euro', $: 'dollar' };
const SUFFIX_UNITS: Readonly<Record<string, string>> = { '%': 'procent' };

/**
 * Reads a token written in digits the Dutch way: "1.000" is a thousand, "3,5" three and a half,
 * "€2,5" 2.5 euro, "5%" 5 procent. Forms that are not amounts are null: clock times ("14.30"),
 * dates ("9/11"), scores ("3-1"), English decimals ("1.5").
 * @example parseDigitNumber('6,5') // { value: 6.5, unit: null, plain: false }
 */
export function parseDigitNumber(form: string): DigitNumber | null {
  const code = form.charCodeAt(0);
  const first = form[0];
  if (first === undefined || ((code < 48 || code > 57) && !PREFIX_UNITS[first])) return null;
  let body = form;
  let unit: string | null = null;
  if (PREFIX_UNITS[first]) {
    unit = PREFIX_UNITS[first]!;
    body = body.slice(1);
  }
  const last = body[body.length - 1];
  if (last !== undefined && SUFFIX_UNITS[last] && unit === null) {
    unit = SUFFIX_UNITS[last]!;
    body = body.slice(0, -1);
  }
  if (body === '') return null;
  if (INTEGER.test(body)) return { value: Number(body), unit, plain: unit === null };
  if (GROUPED.test(body) || DECIMAL.test(body)) return { value: Number(body.replaceAll('.', '').replace(',', '.')), unit, plain: false };
  return null;
}
