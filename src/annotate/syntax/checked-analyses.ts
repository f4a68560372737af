import type { SentenceAnalyzer, WordAnalysis } from './sentence-analysis.ts';

/**
 * The analyzer's answer for one sentence, checked: a model that answers for the wrong number
 * of words, or points a head outside the sentence (or a word at itself), would corrupt every
 * index after it, so that is an error for this sentence's article (or file), never stored.
 */
export function checkedAnalyses(analyzer: SentenceAnalyzer, words: readonly string[]): WordAnalysis[] {
  const analyses = analyzer.analyze(words);
  if (analyses.length !== words.length) {
    throw new Error(`${analyzer.producer} returned ${analyses.length} analyses for ${words.length} words`);
  }
  analyses.forEach(({ head }, i) => {
    if (!Number.isInteger(head) || head < 0 || head > words.length || head === i + 1) {
      throw new Error(`${analyzer.producer} returned head ${head} for word ${i + 1} of a sentence of ${words.length} words`);
    }
  });
  return analyses;
}
