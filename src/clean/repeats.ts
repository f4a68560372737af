import type { Settings } from '../config/settings.ts';

/** A sentence of the article, keyed for comparison (`key` is empty when nothing is left of it). */
export interface KeyedSentence {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Everything but Latin, Greek and Cyrillic letters and digits; a plain class is far faster
 * than \p{L} on the hot path, and Dutch news is written in these scripts. */
const NOT_WORD = /[^a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;

/**
 * The text lower-cased with every other character a space, one for one, so sentence offsets
 * still apply: done once per article instead of once per sentence.
 */
export function sentenceKeyText(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, ' ');
}

/** Case and punctuation do not make a sentence new (`keyText` is from sentenceKeyText; white
 * space is already normalised, so equal sentences have equal gaps). */
export function sentenceKey(keyText: string): string {
  return keyText.trim();
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
      const chars = run.reduce((sum, sentence) => sum + sentence.key.length, 0);
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
