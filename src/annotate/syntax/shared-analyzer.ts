import { loadDutchAnalyzer } from './dutch-analyzer.ts';
import type { SentenceAnalyzer } from './sentence-analysis.ts';

/** The analyzer of this thread, once loaded: module state is per thread, so each ingest worker
 * loads the models exactly once, however many builders, documents or commands use them. */
let loaded: SentenceAnalyzer | null = null;

/**
 * The shipped Dutch analyzer (tagger, lemmatiser, parser), loaded on first use and kept for the
 * life of the thread. Loading reads and decodes the model files, which costs far more than
 * analysing one article; a second DocumentBuilder in the same thread (tests, the golden-fixture
 * script) reuses it. Analysis is synchronous, so one instance serves them all in turn.
 */
export function sharedDutchAnalyzer(): SentenceAnalyzer {
  loaded ??= loadDutchAnalyzer();
  return loaded;
}
