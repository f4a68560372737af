import { dutchAbbreviations } from './abbreviations.ts';

/** A token as a range of the text. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/** Punctuation peeled off the front of a word, longest first (",," is Alpino's opening quote). */
const LEADING = [',,', ':', '(', '[', '{', '"', '`', '\u2018', '\u201c', '\u201e', '\u00ab', '\u2039', "'", '\u00bf', '\u00a1'];
/** Punctuation peeled off the end, longest first ("''" is Alpino's closing quote). */
const TRAILING = ['...', ',,', "''", '\u2026', ')', ']', '}', '"', '\u2019', '\u201d', '\u00bb', '\u203a', "'", ',', ';', ':', '!', '?', '.'];
/** Marks that are one token when they stand alone. */
const WHOLE_MARKS = new Set([',,', "''", '...', '--', '…']);
/** Elided words that start with an apostrophe: 's avonds, 't, 'n, 'k, '30. */
const ELISIONS = /^'(?:s|t|n|k|m|r|ns|tzelfde|\d\d)$/i;
/** A whole link stays one token. */
const URL_TOKEN = /^(?:https?:\/\/|www\.)\S+$/i;
const URL_INSIDE = /https?:\/\//i;
const INITIALS = /^(?:\p{L}\.)+$/u;
const NUMBER_RANGE_OPEN = /-\.\.\.$/;
/** A word with a bracketed part: "(tbs-)behandeling" stays one token. */
const BRACKETED_PART = /^\([^()\s]*\)[\p{L}\p{N}]/u;
/** A colon glued to the quote or word after it ("Boogerd:,,Ik"), but not a time or a link; an
 * Alpino opening quote glued to the word before it ("dat,,het"). */
const GLUED_MARK = /(?<=\p{L}):(?=,,|['"‘“„]|\p{L})|(?<=[\p{L},.]),,(?=\p{L})/u;
/** French and Italian elisions keep their apostrophe: l'Eau, d'Hondt, l' (before a space). */
const ROMANCE_ELISION = /^(?:[ldnmst]|qu|dell|all|sull)'$/i;

/**
 * Splits Dutch text into tokens the way the UD Dutch treebanks do: white space first, then
 * punctuation peeled off each side of a word, unless it belongs to the word: abbreviations and
 * initials keep their full stop (o.a., dhr., J.), elisions their apostrophe ('s, 't, zo'n,
 * m'n), compounds and numbers their inner marks (Wit-Russische, 26-jarige, 1.000, 3,5, 80%),
 * URLs, handles and hashtags stay whole, and Alpino's ,, and '' quotes are tokens.
 *
 * @example tokenize('Hij zei: ‘Oké.’').map(({ start, end }) => text.slice(start, end))
 */
export function tokenize(text: string, offset = 0): TokenRange[] {
  const tokens: TokenRange[] = [];
  for (const chunk of text.matchAll(/\S+/g)) {
    splitChunk(chunk[0], offset + chunk.index, tokens);
  }
  return tokens;
}

function splitChunk(chunk: string, start: number, into: TokenRange[]): void {
  if (isPlainWord(chunk) || WHOLE_MARKS.has(chunk)) {
    into.push({ start, end: start + chunk.length });
    return;
  }
  const urlAt = chunk.search(URL_INSIDE);
  const splitAt = urlAt > 0 ? urlAt : URL_TOKEN.test(chunk) ? -1 : chunk.search(GLUED_MARK);
  if (splitAt > 0) {
    splitChunk(chunk.slice(0, splitAt), start, into);
    splitChunk(chunk.slice(splitAt), start + splitAt, into);
    return;
  }
  const before: TokenRange[] = [];
  const after: TokenRange[] = [];
  let from = 0;
  let to = chunk.length;
  for (let peeled = true; peeled && from < to; ) {
    peeled = false;
    const word = chunk.slice(from, to);
    const lead = leadingMark(word);
    if (lead) {
      before.push({ start: start + from, end: start + from + lead.length });
      from += lead.length;
      peeled = true;
      continue;
    }
    const trail = trailingMark(chunk.slice(from, to));
    if (trail) {
      after.unshift({ start: start + to - trail.length, end: start + to });
      to -= trail.length;
      peeled = true;
    }
  }
  into.push(...before);
  if (to > from) into.push({ start: start + from, end: start + to });
  into.push(...after);
}

function leadingMark(word: string): string | null {
  if (word.length === 1 || ELISIONS.test(word) || BRACKETED_PART.test(word)) return null;
  if (word.startsWith("'") && ELISIONS.test(word.replace(/[^\p{L}\p{N}']+$/u, ''))) return null;
  return LEADING.find((mark) => word.startsWith(mark)) ?? null;
}

function trailingMark(word: string): string | null {
  if (word.length === 1 || URL_TOKEN.test(word) && !/[.,;:!?)\]'"’”]$/.test(word)) return null;
  const mark = TRAILING.find((candidate) => word.endsWith(candidate));
  if (!mark || mark.length === word.length) return null;
  const rest = word.slice(0, -mark.length);
  if (mark === '.' && keepsFullStop(rest)) return null;
  if (mark === '...' && NUMBER_RANGE_OPEN.test(word)) return null;
  if (mark === ')' && count(rest, '(') > count(rest, ')')) return null; // a(b+c), sqrt(-1)
  if (mark === "'" && (ROMANCE_ELISION.test(word) || /^\p{Lu}.*s$/u.test(rest))) return null; // l', Jezus'
  return mark;
}

/** Letters and digits only: most chunks, which need no peeling at all. */
function isPlainWord(chunk: string): boolean {
  for (let index = 0; index < chunk.length; index++) {
    const code = chunk.charCodeAt(index);
    const plain = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
    if (!plain) return false;
  }
  return true;
}

function count(text: string, char: string): number {
  let total = 0;
  for (let index = text.indexOf(char); index >= 0; index = text.indexOf(char, index + 1)) total += 1;
  return total;
}

/** Abbreviations and initials keep their full stop: "o.a.", "dhr.", "J.", "M.C.". */
function keepsFullStop(rest: string): boolean {
  const word = rest.replace(/^[^\p{L}]+/u, '');
  if (/^\p{L}$/u.test(word) || INITIALS.test(`${word}.`)) return true;
  return dutchAbbreviations().has(word.toLowerCase());
}
