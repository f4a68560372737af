import type { TokenRange } from './tokenizer.ts';

/** A sentence: its tokens `[first, last)` by index, and its character range. */
export interface SentenceRange {
  readonly firstToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
}

const TERMINAL = /^(?:[.!?]+|\.\.\.+|…)$/;
/** Closing quotes and brackets that belong to the sentence they close. */
const CLOSING = /^(?:["'’”»›)\]]|'')$/;
/** Straight quotes open as often as they close: after a sentence's end one that stands apart
 * from it and against the next word opens the next sentence (`steunt. "Hij`); any other closes
 * it (`steunt."`, and web text's `misleiden. "`). */
const STRAIGHT_QUOTE = /^["']$/;
/** What a new sentence may start with: a capital, a digit, an opening quote or bracket. */
const OPENING = /^(?:[\p{Lu}\d"'‘“„«(\[]|,,)/u;
/** Abbreviations that often end a sentence ("appels, peren enz. Daarna..."). */
const MAY_END_SENTENCE = /^(?:enz|etc|e\.d|e\.a|o\.i\.d)\.$/i;

/**
 * Groups tokens into sentences: a sentence ends at . ! ? ... (with the closing quotes and
 * brackets after it) when the next token opens a sentence, and always at a paragraph break.
 * A quote that spans sentences stays attached: its opening mark begins the first sentence and
 * its closing mark ends the last.
 */
export function splitSentences(text: string, tokens: readonly TokenRange[]): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let first = 0;
  for (let index = 0; index < tokens.length; index++) {
    let last = index;
    const ends = endsSentence(text, tokens[index]!);
    if (ends) while (last + 1 < tokens.length && closesSentence(text, tokens[last]!, tokens[last + 1]!, tokens[last + 2])) last += 1;
    const next = tokens[last + 1];
    const boundary =
      next === undefined ||
      breaksParagraph(text, tokens[last]!, next) ||
      (ends && OPENING.test(tokenText(text, next)));
    if (boundary) {
      sentences.push({ firstToken: first, endToken: last + 1, start: tokens[first]!.start, end: tokens[last]!.end });
      first = last + 1;
    }
    index = last;
  }
  return sentences;
}

/** Whether `mark`, right after the end of a sentence (`before`), closes it. */
function closesSentence(text: string, before: TokenRange, mark: TokenRange, after: TokenRange | undefined): boolean {
  const value = tokenText(text, mark);
  if (!CLOSING.test(value) || breaksParagraph(text, before, mark)) return false;
  const opensNext = STRAIGHT_QUOTE.test(value) && mark.start > before.end && after !== undefined && after.start === mark.end;
  return !opensNext;
}

/** Sentence-final punctuation, or an abbreviation that may end a sentence; most tokens are
 * ruled out by their last character without making a string. */
function endsSentence(text: string, token: TokenRange): boolean {
  const last = text.charCodeAt(token.end - 1);
  if (last !== 46 && last !== 33 && last !== 63 && last !== 0x2026) return false; // . ! ? …
  const value = tokenText(text, token);
  return TERMINAL.test(value) || MAY_END_SENTENCE.test(value);
}

function tokenText(text: string, token: TokenRange): string {
  return text.slice(token.start, token.end);
}

/** A blank line, or any line break in a text laid out one paragraph a line. */
function breaksParagraph(text: string, left: TokenRange, right: TokenRange): boolean {
  for (let index = left.end; index < right.start; index++) if (text.charCodeAt(index) === 10) return true;
  return false;
}
