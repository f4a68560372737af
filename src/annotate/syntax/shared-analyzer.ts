import { loadLexicon } from '../lexicon/load-lexicon.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { DutchAnalyzer, loadDutchAnalyzer } from './dutch-analyzer.ts';

/** The models of this thread, once loaded: module state is per thread, so each ingest worker
 * loads them exactly once, however many builders, documents or commands use them. */
let lexicon: Lexicon | null = null;
let analyzer: DutchAnalyzer | null = null;

/** The shipped Dutch lexicon, shared by every model of the thread that reads it. */
export function sharedLexicon(): Lexicon {
  lexicon ??= loadLexicon();
  return lexicon;
}

/**
 * The shipped Dutch analyzer (tagger, lemmatiser, parser), loaded on first use and kept for the
 * life of the thread. Loading reads and decodes the model files, which costs far more than
 * analysing one article; a second DocumentBuilder in the same thread (tests, the golden-fixture
 * script) reuses it. Analysis is synchronous, so one instance serves them all in turn.
 */
export function sharedDutchAnalyzer(): DutchAnalyzer {
  analyzer ??= loadDutchAnalyzer(undefined, sharedLexicon());
  return analyzer;
}
