import type { Settings } from '../config/settings.ts';

/** A sentence of the article, keyed for comparison (`key` is empty when nothing is left of it). */
export interface KeyedSentence {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** Letters and digits in the sentence, for the minimum length of a removed run. */
  readonly letters: number;
}

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** For each UTF-16 code unit: its lower-case form when it is a letter or digit, else 0. */
let foldTable: Uint16Array | null = null;

function folding(): Uint16Array {
  if (!foldTable) {
    foldTable = new Uint16Array(65536);
    for (let code = 0; code < 65536; code++) {
      const char = String.fromCharCode(code);
      if (/[\p{L}\p{N}]/u.test(char)) foldTable[code] = char.toLowerCase().charCodeAt(0);
    }
  }
  return foldTable;
}

/**
 * Keys a sentence by its identity with case, punctuation and spacing ignored: two 32-bit
 * hashes and the count of its letters and digits, outside the given cuts. One pass over the
 * characters and no strings made, as it runs for every sentence; a false match needs both
 * hashes and the count to collide. The key is '' when nothing is left of the sentence.
 */
export function keySentence(text: string, sentence: Range, cuts: readonly Range[]): KeyedSentence {
  const fold = folding();
  let first = 0x811c9dc5;
  let second = 0x01000193;
  let letters = 0;
  for (const piece of keptPieces(sentence, cuts)) {
    for (let position = piece.start; position < piece.end; position++) {
      const code = fold[text.charCodeAt(position)]!;
      if (code === 0) continue;
      first = Math.imul(first ^ code, 0x01000193);
      second = Math.imul(second + code, 0x5bd1e995) ^ (second >>> 15);
      letters += 1;
    }
  }
  const key = letters === 0 ? '' : `${first >>> 0}:${second >>> 0}:${letters}`;
  return { start: sentence.start, end: sentence.end, key, letters };
}

/** The parts of `range` that no cut covers (cuts sorted or not). */
export function keptPieces(range: Range, cuts: readonly Range[]): Range[] {
  const pieces: Range[] = [];
  let position = range.start;
  for (const cut of [...cuts].filter((c) => c.end > range.start && c.start < range.end).sort((a, b) => a.start - b.start)) {
    if (cut.start > position) pieces.push({ start: position, end: cut.start });
    position = Math.max(position, cut.end);
  }
  if (position < range.end) pieces.push({ start: position, end: range.end });
  return pieces;
}

/**
 * Runs of consecutive sentences that all repeat earlier sentences of the same article, long
 * enough to be a pasted block rather than a recurring phrase: seed 000 repeats its paragraphs
 * 2 to 5 glued into one paragraph at the end. A single repeated sentence (a quote repeated in
 * a caption) is kept.
 */
export function findRepeatedRuns(sentences: readonly KeyedSentence[], settings: Settings): Range[] {
  const seen = new Set<string>();
  const runs: Range[] = [];
  let run: KeyedSentence[] = [];

  const closeRun = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) {
      const chars = run.reduce((sum, sentence) => sum + sentence.letters, 0);
      if (run.length >= settings.repeatMinSentences && chars >= settings.repeatMinChars) {
        runs.push({ start: first.start, end: last.end });
      }
    }
    run = [];
  };

  for (const sentence of sentences) {
    if (sentence.key === '') continue;
    if (seen.has(sentence.key)) run.push(sentence);
    else closeRun();
    seen.add(sentence.key);
  }
  closeRun();
  return runs;
}
