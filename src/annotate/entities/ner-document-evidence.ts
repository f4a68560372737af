import { hashString } from '../linear/hashing.ts';
import type { NerDocument } from './ner-tagger.ts';

const LOWER_CASE_ELSEWHERE = 1;
const CAPITALISED_ELSEWHERE = 2;
/** Lower-case words that join capitalised name parts: Louis van Gaal, Universiteit van Gent. */
const NAME_JOINERS = new Set(['van', 'de', 'der', 'den', 'te', 'ter', 'voor', 'en', "'t", 'het', 'von', 'di', 'da', 'du', 'la', 'le']);

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** What the rest of a document says about each of its words (by lower-cased form). */
export interface DocumentEvidence {
  /** How the word is written outside sentence starts: bit 1 lower case, bit 2 capitalised. */
  readonly spelling: ReadonlyMap<string, number>;
  /** For capitalised words, the words around all their occurrences, as context hashes. */
  readonly contexts: ReadonlyMap<string, Uint32Array>;
}

/** Most distinct contexts kept per word: the first ones in the document. */
const MAX_CONTEXTS = 8;

/**
 * Looks at a whole document once before tagging it: how each word is written, and the words
 * around each capitalised word wherever it occurs (Ratinov and Roth 2009's context
 * aggregation): "Swissair" after "maatschappij" once is evidence at its every mention.
 */
export function documentEvidence(document: NerDocument): DocumentEvidence {
  const spelling = new Map<string, number>();
  const contexts = new Map<string, number[]>();
  for (const { words } of document.sentences) {
    words.forEach((word, i) => {
      const key = word.toLowerCase();
      if (i > 0) spelling.set(key, (spelling.get(key) ?? 0) | (isCapitalised(word) ? CAPITALISED_ELSEWHERE : LOWER_CASE_ELSEWHERE));
      if (!isCapitalised(word)) return;
      const seen = contexts.get(key) ?? [];
      contexts.set(key, seen);
      for (const context of [hashString(`<${i > 0 ? words[i - 1]!.toLowerCase() : ''}`), hashString(`>${i + 1 < words.length ? words[i + 1]!.toLowerCase() : ''}`)]) {
        if (seen.length < MAX_CONTEXTS && !seen.includes(context)) seen.push(context);
      }
    });
  }
  return { spelling, contexts: new Map([...contexts].map(([word, seen]) => [word, Uint32Array.from(seen)])) };
}

/** Each word's place in a run of capitalised words (NerSentenceContext.run). */
export function capitalisedRuns(words: readonly string[]): Uint32Array {
  const inRun = words.map((word, i) => isCapitalised(word) || (NAME_JOINERS.has(word) && i > 0 && i + 1 < words.length && isCapitalised(words[i - 1]!) && isCapitalised(words[i + 1]!)));
  return Uint32Array.from(words, (_, i) => {
    if (!inRun[i]) return 0;
    const before = i > 0 && inRun[i - 1]!;
    const after = i + 1 < words.length && inRun[i + 1]!;
    return before ? (after ? 3 : 4) : after ? 2 : 1;
  });
}

