/**
 * Quoted passages in the cleaned text: each pair of quotation marks in every Dutch style
 * (‘ ’, ' ', " ", “ ”, „ ”, « », ‹ ›, ‚ ’), within one paragraph (a blank line ends any open
 * quote). A passage may run over several sentences.
 */

/** A pair of quotation marks: `open` and `close` are the marks' offsets, the content lies between. */
export interface QuotedPassage {
  readonly open: number;
  readonly close: number;
  /** The content's range: after the opening mark, before the closing one. */
  readonly start: number;
  readonly end: number;
}

/** Each opening mark and the marks that may close it. */
const CLOSERS: Readonly<Record<string, string>> = {
  '‘': '’',
  '“': '”',
  '„': '”“',
  '‚': '’‘',
  '«': '»',
  '‹': '›',
  "'": "'",
  '"': '"',
};

/** Marks that are also apostrophes or inch signs: they open only after a space and close only before one. */
const AMBIGUOUS = new Set(["'", '"', '’']);

/** Dutch elisions written with an apostrophe at a word's start: 's avonds, 't, 'n, 'k, 's-Hertogenbosch. */
const ELISION = /^['’](s|t|n|k|m|r)(\b|-)/;

const LETTER = /[\p{L}\p{N}]/u;
/** Any opening mark: where the scan jumps to next. */
const MARK = /[‘“„‚«‹'"]/g;
const OPEN_BEFORE = /[\s([{„“‘«‹—–-]/u;
const CLOSE_AFTER = /[\s.,;:!?)\]}»›”’'"—–-]/u;

function opensAt(text: string, i: number): boolean {
  const mark = text[i]!;
  if (!(mark in CLOSERS)) return false;
  const next = text[i + 1];
  if (next === undefined || /\s/.test(next)) return false;
  if (!AMBIGUOUS.has(mark)) return true;
  if (i > 0 && !OPEN_BEFORE.test(text[i - 1]!)) return false;
  return !ELISION.test(text.slice(i, i + 4));
}

function closesAt(text: string, i: number, closers: string): boolean {
  if (!closers.includes(text[i]!)) return false;
  if (i === 0 || /\s/.test(text[i - 1]!)) return false;
  const next = text[i + 1];
  if (!AMBIGUOUS.has(text[i]!) && text[i] !== '”') return true;
  return next === undefined || CLOSE_AFTER.test(next);
}

/**
 * The quoted passages of a text, in order; nested marks of another style stay inside their
 * passage. A mark with no partner in its paragraph is left alone.
 *
 * @example quotedPassages("‘Wij zijn Slaven’, zei hij.") // [{ open: 0, close: 16, start: 1, end: 16 }]
 */
export function quotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let i = 0;
  while (i < text.length) {
    MARK.lastIndex = i;
    const mark = MARK.exec(text);
    if (!mark) break;
    i = mark.index;
    if (!opensAt(text, i)) {
      i += 1;
      continue;
    }
    const closers = CLOSERS[text[i]!]!;
    let close = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '\n' && text[j + 1] === '\n') break;
      if (closesAt(text, j, closers)) {
        close = j;
        break;
      }
    }
    if (close < 0 || !LETTER.test(text.slice(i + 1, close))) {
      i += 1;
      continue;
    }
    passages.push({ open: i, close, start: i + 1, end: close });
    i = close + 1;
  }
  return passages;
}
