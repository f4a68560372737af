import { LanguageSegmenter } from '../../clean/language-segments.ts';
import type { Settings } from '../../config/settings.ts';
import type { LanguageSegment } from '../../doc/types.ts';
import type { SentenceAnalyzer } from './sentence-analysis.ts';
import { sharedDutchAnalyzer } from './shared-analyzer.ts';
import { analyzeText, type TextAnalysis } from './text-analysis.ts';

/** A text with its non-Dutch segments and its analysis. */
export interface RawTextAnalysis extends TextAnalysis {
  readonly text: string;
  readonly segments: readonly LanguageSegment[];
  /** The models that analysed the Dutch sentences. */
  readonly producer: string;
}

/**
 * Analyses text as it is, without cleaning: the language check of ingest marks the paragraphs
 * that are not Dutch, then every paragraph is tokenised and split, and the Dutch ones tagged,
 * lemmatised and parsed. What `kroniek analyze` prints; offsets count into `text` unchanged.
 */
export async function analyzeRawText(text: string, settings: Settings, analyzer: SentenceAnalyzer = sharedDutchAnalyzer()): Promise<RawTextAnalysis> {
  const segmenter = new LanguageSegmenter(settings);
  await segmenter.prepare();
  const segments = segmenter.annotate({ text, title: null, published: null, layers: {} });
  return { text, segments, producer: analyzer.producer, ...analyzeText(text, segments, analyzer) };
}
