import type { SentenceAnalyzer, WordAnalysis } from '../../../src/annotate/syntax/sentence-analysis.ts';

/**
 * A stand-in for the trained models, so the plumbing is tested apart from their accuracy:
 * every word hangs from the word before it (the first is the root), its tag says whether it is
 * punctuation, its lemma is its lower-cased form. Records the sentences it was given.
 */
export class FakeAnalyzer implements SentenceAnalyzer {
  readonly producer = 'fake-analyzer';
  readonly seen: string[][] = [];

  analyze(words: readonly string[]): WordAnalysis[] {
    this.seen.push([...words]);
    return words.map((word, i) => ({
      upos: /^\p{P}+$/u.test(word) ? 'PUNCT' : 'X',
      xpos: 'XPOS',
      feats: '_',
      lemma: word.toLowerCase(),
      head: i,
      deprel: i === 0 ? 'root' : 'dep',
    }));
  }
}

/** An analyzer that breaks the contract in a given way. */
export function brokenAnalyzer(answer: (words: readonly string[]) => WordAnalysis[]): SentenceAnalyzer {
  return { producer: 'broken-analyzer', analyze: answer };
}
