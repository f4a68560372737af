import type { AnnotationInput, Annotator } from '../annotator.ts';
import type { LanguageSegment } from '../../doc/types.ts';
import type { SentenceAnalyzer } from './sentence-analysis.ts';
import { sharedDutchAnalyzer } from './shared-analyzer.ts';
import { SEGMENTS_LAYER, TOKENS_LAYER, type TokenSpan } from './syntax-spans.ts';
import { analyzeText } from './text-analysis.ts';

/**
 * Makes the `tokens` layer: every token of the cleaned text with its sentence and, outside
 * non-Dutch segments, its part of speech, features, lemma, head and relation. The sentence
 * split is made here too (the analysis needs it) and recorded on each token as `sentence`;
 * SentenceAnnotator turns that into the `sentences` layer.
 */
export class TokenAnnotator implements Annotator<TokenSpan> {
  readonly layer = TOKENS_LAYER;
  readonly needs = [SEGMENTS_LAYER];
  private analyzer: SentenceAnalyzer | null;

  /** Without an analyzer, the shipped Dutch models are loaded (once per thread) by `prepare`. */
  constructor(analyzer?: SentenceAnalyzer) {
    this.analyzer = analyzer ?? null;
  }

  async prepare(): Promise<void> {
    this.analyzer ??= sharedDutchAnalyzer();
  }

  annotate({ text, layers }: AnnotationInput): TokenSpan[] {
    if (!this.analyzer) throw new Error('TokenAnnotator.prepare() was not awaited');
    const segments = (layers[SEGMENTS_LAYER] ?? []) as readonly LanguageSegment[];
    return analyzeText(text, segments, this.analyzer).tokens;
  }
}
