/** Sentences for cleaning only (repeat detection); the sentences layer is made from tokens
 * by annotate/tokens. Both use the same abbreviation list. */
import { dutchAbbreviations } from '../annotate/tokens/abbreviations.ts';

/** A sentence as a range of the text it was split from. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/** End punctuation, closing quotes after it, then white space. */
const BOUNDARY = /[.!?…]+["'”’»)]*(?=\s)/g;
/** What a new sentence starts with: a capital, a digit or an opening quote or bracket. */
const SENTENCE_START = /^\s+["'‘“„«(]?[\p{Lu}\d]/u;

/**
 * Splits a paragraph into sentences at `. ! ?` followed by a capital, a digit or a quote,
 * except after a known abbreviation or an initial ("J. de Vries").
 */
export function splitSentences(text: string, offset = 0): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length;
    if (!SENTENCE_START.test(text.slice(end, end + 3))) continue;
    if (match[0].startsWith('.') && endsWithAbbreviation(text, match.index)) continue;
    sentences.push({ start: offset + start, end: offset + end });
    start = skipSpace(text, end);
  }
  if (start < text.length) sentences.push({ start: offset + start, end: offset + trimEnd(text) });
  return sentences;
}

/** Longest abbreviation worth looking back for. */
const MAX_ABBREVIATION = 12;

function endsWithAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < MAX_ABBREVIATION && isLetterOrDot(text.charCodeAt(start - 1))) start -= 1;
  const word = text.slice(start, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. de Vries"
  return dutchAbbreviations().has(word.toLowerCase());
}

/** Latin letters and the dot; abbreviations are written in nothing else. */
function isLetterOrDot(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46 || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index]!)) index += 1;
  return index;
}

function trimEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}
