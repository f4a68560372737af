import { loadParser } from '../parser/parser-model.ts';
import type { Parser } from '../parser/parser.ts';
import { loadTagger } from '../tagger/tagger-model.ts';
import type { Tagger } from '../tagger/tagger.ts';
import type { SentenceAnalyzer, WordAnalysis } from './sentence-analysis.ts';

/** The shipped models (models/README.md). */
export const DEFAULT_MODEL_DIR = new URL('../../../models/', import.meta.url).pathname;

/** The tagger and parser together behind the SentenceAnalyzer contract. */
export class DutchAnalyzer implements SentenceAnalyzer {
  readonly producer = 'kroniek-nl-tagger+parser';

  constructor(
    private readonly tagger: Tagger,
    private readonly parser: Parser,
  ) {}

  analyze(words: readonly string[]): WordAnalysis[] {
    const tags = this.tagger.tag(words);
    const { heads, relations } = this.parser.parse({ words, tags });
    return words.map((_, i) => ({ upos: tags[i]!, xpos: '_', feats: '_', lemma: '_', head: heads[i]!, deprel: relations[i]! }));
  }
}

/** Loads the shipped Dutch models (or those in `dir`). */
export function loadDutchAnalyzer(dir = DEFAULT_MODEL_DIR): DutchAnalyzer {
  return new DutchAnalyzer(loadTagger(`${dir}/tagger-nl.json.gz`).tagger, loadParser(`${dir}/parser-nl.json.gz`).parser);
}
