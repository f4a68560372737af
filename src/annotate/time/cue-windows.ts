import type { TimexParser } from './timex-candidate.ts';

/**
 * The cheap prefilter: a parser's regular expression runs only on short windows of the text
 * around its cue words. One pass over the words of the lower-cased text finds every cue of
 * every parser (a map lookup a word); a regular expression with alternations and Unicode
 * look-arounds over the whole text costs ~20 µs per 1,000 characters, a hundred `indexOf`s
 * more than that.
 *
 * A parser's cues are whole words (`geleden`), prefixes ending in `*` (`zaterdag*` also finds
 * "zaterdagochtend"), or `#`: any word with a digit.
 */

/** A word of the lower-cased, one-byte text (see TimexAnnotator). */
const WORD = /[a-z0-9\u00df-\u00ff]+/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A range of the text `[start, end)` to run a parser on. */
export interface TextWindow {
  readonly start: number;
  readonly end: number;
}

/** The cues of a list of parsers, indexed once. */
export class CueIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = new Map<string, [string, number][]>();
  private readonly digits: number[] = [];

  constructor(private readonly parsers: readonly TimexParser[]) {
    parsers.forEach((parser, p) => {
      for (const cue of parser.cues) {
        if (cue === '#') this.digits.push(p);
        else if (cue.endsWith('*')) {
          const prefix = cue.slice(0, -1);
          const list = this.prefixes.get(prefix[0]!) ?? [];
          list.push([prefix, p]);
          this.prefixes.set(prefix[0]!, list);
        } else this.exact.set(cue, [...(this.exact.get(cue) ?? []), p]);
      }
    });
  }

  /** For each parser (same order), the merged windows around its cues, widened to word boundaries. */
  windows(text: string, lower: string): TextWindow[][] {
    const raw: [number, number][][] = this.parsers.map(() => []);
    const add = (p: number, start: number, end: number): void => {
      const { before, after } = this.parsers[p]!.reach;
      raw[p]!.push([Math.max(0, start - before), Math.min(text.length, end + after)]);
    };
    WORD.lastIndex = 0;
    for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
      const word = match[0];
      const start = match.index;
      const end = start + word.length;
      const exact = this.exact.get(word);
      if (exact) for (const p of exact) add(p, start, end);
      const prefixes = this.prefixes.get(word[0]!);
      if (prefixes) for (const [prefix, p] of prefixes) if (word.startsWith(prefix)) add(p, start, end);
      if (this.digits.length > 0 && hasDigit(word)) for (const p of this.digits) add(p, start, end);
    }
    return raw.map((list) => merge(text, list));
  }
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function merge(text: string, raw: [number, number][]): TextWindow[] {
  if (raw.length === 0) return [];
  raw.sort((a, b) => a[0] - b[0]);
  const merged: TextWindow[] = [];
  let [start, end] = raw[0]!;
  for (const [s, e] of raw) {
    if (s <= end) end = Math.max(end, e);
    else {
      merged.push(widen(text, start, end));
      [start, end] = [s, e];
    }
  }
  merged.push(widen(text, start, end));
  return merged;
}

function widen(text: string, start: number, end: number): TextWindow {
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  return { start, end };
}
