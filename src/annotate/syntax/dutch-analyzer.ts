import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attachPunctuation } from '../../conllu/punctuation-attachment.ts';
import { loadLemmatizer } from '../lemma/lemmatizer-model.ts';
import type { Lemmatizer } from '../lemma/lemmatizer.ts';
import { attachParticles } from '../lemma/particles.ts';
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { trainedSentences } from '../model-file.ts';
import { loadParser } from '../parser/parser-model.ts';
import type { Parse, Parser } from '../parser/parser.ts';
import type { FeatureTable } from '../tagger/feature-table.ts';
import { loadTagger } from '../tagger/tagger-model.ts';
import type { Tagger, Tags } from '../tagger/tagger.ts';
import { attachScores } from './score-rule.ts';
import type { SentenceAnalyzer, WordAnalysis } from './sentence-analysis.ts';

/** The shipped models (models/README.md). */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../../models/', import.meta.url));

/** A parse with the universal tags it settles (AUX or VERB; SYM for a score's dash). */
export interface Syntax extends Parse {
  readonly upos: string[];
}

/** Relations of an auxiliary or copula: the parse decides whether a verb is AUX. */
const AUXILIARY_RELATIONS = new Set(['aux', 'aux:pass', 'cop']);

/** The models of the Dutch language core, as the analyzer uses them. */
export interface DutchModels {
  readonly tagger: Tagger;
  readonly features: FeatureTable;
  readonly parser: Parser;
  readonly lemmatizer: Lemmatizer;
}

/**
 * The Dutch language core behind the SentenceAnalyzer contract: tags (universal, fine,
 * features), then syntax, then lemmas, each step using what the one before found. Its stages
 * are public for the benchmark and the evaluation.
 */
export class DutchAnalyzer implements SentenceAnalyzer {
  readonly producer = 'kroniek-nl';

  constructor(private readonly models: DutchModels) {}

  /** Universal and fine-grained tags. */
  tag(words: readonly string[]): Tags {
    return this.models.tagger.tag(words);
  }

  /**
   * The dependency tree from the tags, with scores ("2 - 1") as multiword units and punctuation
   * attached as the UD Dutch treebanks do (it follows from the rest of the tree,
   * punctuation-attachment.ts).
   */
  parse(words: readonly string[], tags: Tags, lemmas?: readonly string[]): Syntax {
    const { heads, relations } = this.models.parser.parse({ words, upos: tags.upos, xpos: tags.xpos, lemmas });
    const upos = [...tags.upos];
    attachScores(words, upos, heads, relations);
    const punct = upos.map((tag) => tag === 'PUNCT');
    // Every mark is `punct` in UD Dutch; a verb is AUX exactly when it is attached as one.
    upos.forEach((tag, i) => {
      if (punct[i] && relations[i] !== 'root') relations[i] = 'punct';
      upos[i] = verbTag(tag, relations[i]!);
    });
    return { heads: attachPunctuation(words, punct, heads), relations, upos };
  }

  /** Lemmas from the tags alone (a separated particle joins its verb only with the parse). */
  lemmatize(words: readonly string[], tags: Tags): string[] {
    return this.models.lemmatizer.lemmatize(words, tags.upos, tags.xpos);
  }

  analyze(words: readonly string[]): WordAnalysis[] {
    const tags = this.tag(words);
    const bare = this.lemmatize(words, tags);
    const { heads, relations, upos } = this.parse(words, tags, bare);
    // AUX or VERB may have changed with the parse; their lemmas do not, the particle joins.
    const lemmas = attachParticles(bare, words, heads, relations, upos);
    return words.map((_, i) => ({
      upos: upos[i]!,
      xpos: tags.xpos[i]!,
      feats: this.models.features.features(upos[i]!, tags.xpos[i]!),
      lemma: lemmas[i]!,
      head: heads[i]!,
      deprel: relations[i]!,
    }));
  }
}

/** A verb is an auxiliary (AUX) exactly when the parse attaches it as one, as in UD Dutch. */
function verbTag(tag: string, relation: string): string {
  if (tag !== 'AUX' && tag !== 'VERB') return tag;
  return AUXILIARY_RELATIONS.has(relation) ? 'AUX' : 'VERB';
}

/** Loads the shipped Dutch models (or those in `dir`), the lexicon once for all of them. */
export function loadDutchAnalyzer(dir = DEFAULT_MODEL_DIR, lexicon?: Lexicon): DutchAnalyzer {
  return loadDutchModels(dir, lexicon).analyzer;
}

/** The analyzer and the sentences its models were trained on (for evaluation to leave out). */
export function loadDutchModels(dir = DEFAULT_MODEL_DIR, lexicon: Lexicon = loadLexicon()): { analyzer: DutchAnalyzer; trainedOn: ReadonlySet<number> } {
  const tagger = loadTagger(join(dir, 'tagger-nl.json.gz'), lexicon);
  const parser = loadParser(join(dir, 'parser-nl.json.gz'));
  const lemmatizer = loadLemmatizer(join(dir, 'lemmatizer-nl.json.gz'), lexicon);
  const trainedOn = new Set([tagger, parser, lemmatizer].flatMap(({ provenance }) => [...trainedSentences(provenance)]));
  return { analyzer: new DutchAnalyzer({ tagger: tagger.tagger, features: tagger.features, parser: parser.parser, lemmatizer: lemmatizer.lemmatizer }), trainedOn };
}
