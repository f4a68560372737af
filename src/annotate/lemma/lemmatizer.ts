import type { Lexicon, LexiconTag } from '../lexicon/lexicon.ts';
import { CandidateGenerator } from './candidate-generator.ts';
import { splitCompound, type CompoundSplit } from './compounds.ts';
import { computeScript } from './edit-script.ts';
import { applyScriptKeepingCase, keepsCapitals } from './lemma-case.ts';
import { candidateFeatures, wordFeatures, type CandidateContext } from './lemma-features.ts';
import { trainLemmatizerParameters, type LemmaSentence, type LemmatizerTrainingOptions } from './lemmatizer-training.ts';
import type { PackedWeights } from './packed-weights.ts';
import { bestIndex, type RankedCandidate } from './ranking-perceptron.ts';

/** What a trained lemmatiser is made of; saved and loaded by lemmatizer-model.ts. */
export interface LemmatizerParameters {
  /** UPOS (or ANY_UPOS) -> word form -> lemma, for every form seen in training (the most frequent lemma). */
  readonly dictionary: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Classes of candidates: edit scripts (edit-script.ts keys), then `rule:` inflection rules. */
  readonly classes: readonly string[];
  /** For each class, how many training word types it lemmatises (0 for rules). */
  readonly support: readonly number[];
  readonly weights: PackedWeights;
  /** `lemma|UPOS` of the training data, lower-cased: a guess that is a known lemma is likelier. */
  readonly trainingLemmas: ReadonlySet<string>;
}

/** The dictionary's entry for forms whatever their UPOS: the most frequent lemma of the form. */
export const ANY_UPOS = '*';
/** Classes whose lemma is the word itself. */
const LEMMA_IS_FORM = new Set(['PUNCT', 'SYM']);
/** Proper nouns keep their capitals, and their form unless the classifier sees an ending (Russen, Vandersteens). */
const PROPER_NOUN = 'PROPN';
/** Compounds are lemmatised part by part for these classes (compounds.ts). */
const COMPOUNDING = new Set(['NOUN', 'ADJ']);
/** Lexicon classes a compound's head may have when training has not seen it (with a lemma guessed). */
const HEAD_TAGS: Readonly<Record<'NOUN' | 'ADJ', readonly LexiconTag[]>> = {
  NOUN: ['noun', 'noun-plural', 'diminutive', 'diminutive-plural', 'noun-derived', 'noun-derived-plural'],
  ADJ: ['adjective', 'adjective-inflected', 'comparative', 'comparative-inflected', 'superlative', 'superlative-inflected'],
};
/** Such heads must be longer than heads training saw: short words hide inside too many others. */
const MIN_LEXICON_HEAD = 5;
/** A token with a letter or digit: before the first one, a sentence has not yet started. */
const WORDLIKE = /[\p{L}\p{N}]/u;
/** Guesses kept (all tags together, about 10 MB): an unknown word costs a classifier run only
 * the first time; past the limit the cache starts again. */
const GUESS_CACHE_LIMIT = 100_000;

/** The highest support of a candidate's classes, leaving out one use of `own` (in training). */
export function maxSupport(classes: readonly number[], support: readonly number[], own: number): number {
  let best = 0;
  for (const id of classes) best = Math.max(best, (support[id] ?? 0) - (id === own ? 1 : 0));
  return best;
}

/**
 * A Dutch lemmatiser. Words seen in training are looked up (by form and UPOS, then by form
 * alone, which also saves words the tagger got wrong); unseen compounds take their head's
 * lemma (compounds.ts); other unseen words go to a ranking perceptron over candidate lemmas
 * from learned edit scripts and Dutch inflection rules, checked against the lexicon.
 *
 * Lemmas are written without the treebanks' underscores (`uit_geven` is `uitgeven`,
 * `basis_niveau` is `basisniveau`). A verb whose particle stands apart gets the bare verb's
 * lemma (`spoorde` -> `sporen`); attachParticles (particles.ts) adds the particle from a parse.
 */
export class Lemmatizer {
  private readonly generator: CandidateGenerator;
  private readonly context: CandidateContext;
  private readonly anyUpos: ReadonlyMap<string, string> | undefined;
  private readonly guesses = new Map<string, Map<string, string>>();
  private guessCount = 0;

  constructor(
    readonly parameters: LemmatizerParameters,
    readonly lexicon: Lexicon | undefined,
  ) {
    this.generator = new CandidateGenerator(parameters.classes, lexicon);
    const lemmasByUpos = new Map<string, Set<string>>();
    for (const key of parameters.trainingLemmas) {
      const bar = key.lastIndexOf('|');
      const upos = key.slice(bar + 1);
      let lemmas = lemmasByUpos.get(upos);
      if (!lemmas) lemmasByUpos.set(upos, (lemmas = new Set()));
      lemmas.add(key.slice(0, bar));
    }
    this.context = { lexicon, isTrainingLemma: (lemma, upos) => lemmasByUpos.get(upos)?.has(lemma) ?? false };
    this.anyUpos = parameters.dictionary.get(ANY_UPOS);
  }

  /**
   * Trains a lemmatiser on lemmatised sentences (deterministic for the same data and options).
   * Give the lexicon in the options to use it; the model then needs it when used too.
   */
  static train(sentences: readonly LemmaSentence[], options: LemmatizerTrainingOptions): Lemmatizer {
    return new Lemmatizer(trainLemmatizerParameters(sentences, options), options.lexicon);
  }

  /**
   * The lemma of every word, given its UPOS (and CGN tag, `_` or absent when unknown).
   *
   * @example lemmatizer.lemmatize(['Hij', 'liep', 'naar', 'huis'], ['PRON', 'VERB', 'ADP', 'NOUN'])
   *   // ['hij', 'lopen', 'naar', 'huis']
   */
  lemmatize(words: readonly string[], upos: readonly string[], xpos?: readonly string[]): string[] {
    const lemmas: string[] = new Array<string>(words.length);
    let started = false;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const initial = !started;
      if (!started && WORDLIKE.test(word)) started = true;
      lemmas[i] = this.lemmaOf(word, upos[i]!, xpos?.[i] ?? '_', initial);
    }
    return lemmas;
  }

  /** The lemma of one word; `sentenceInitial` decides whether a capital is dropped. */
  lemmaOf(word: string, upos: string, xpos: string, sentenceInitial: boolean): string {
    if (LEMMA_IS_FORM.has(upos)) return word;
    const known = this.parameters.dictionary.get(upos);
    const seen = known?.get(word);
    if (seen !== undefined) return seen;
    const tag = xpos === '_' ? upos : `${upos} ${xpos}`;
    const cacheKey = sentenceInitial ? `^${word}` : word;
    let cache = this.guesses.get(tag);
    const cached = cache?.get(cacheKey);
    if (cached !== undefined) return cached;
    const lemma = this.unseen(word, upos, xpos, sentenceInitial, known);
    if (this.guessCount >= GUESS_CACHE_LIMIT) {
      this.guesses.clear();
      this.guessCount = 0;
      cache = undefined;
    }
    if (!cache) this.guesses.set(tag, (cache = new Map()));
    cache.set(cacheKey, lemma);
    this.guessCount += 1;
    return lemma;
  }

  private unseen(word: string, upos: string, xpos: string, sentenceInitial: boolean, known: ReadonlyMap<string, string> | undefined): string {
    const lower = word.toLowerCase();
    const seenLower = known?.get(lower);
    if (seenLower !== undefined) return seenLower;
    if (upos !== PROPER_NOUN) {
      // Seen with another UPOS: with a tagger's tags, trusting training beats trusting the tag
      // (measured: +0.6 points with the 92% tagger, -0.1 with gold tags).
      const seenOther = this.anyUpos?.get(word) ?? this.anyUpos?.get(lower);
      if (seenOther !== undefined) return seenOther;
      const compound = COMPOUNDING.has(upos) ? this.compound(lower, word, upos, xpos, known) : undefined;
      if (compound !== undefined) return compound;
    }
    const best = this.guess(lower, word, upos, xpos);
    if (upos !== PROPER_NOUN && !keepsCapitals(word, lower, best, sentenceInitial, this.lexicon)) return best;
    return applyScriptKeepingCase(word, lower, computeScript(lower, best)) ?? best;
  }

  /**
   * An unseen compound: its modifier plus its head's lemma, for a head training saw with this
   * UPOS, or else a longer head the lexicon knows in the right class (its lemma guessed).
   */
  private compound(lower: string, word: string, upos: string, xpos: string, known: ReadonlyMap<string, string> | undefined): string | undefined {
    if (!known || !this.lexicon) return undefined;
    const lexicon = this.lexicon;
    // A word the lexicon knows whole is only split where the split changes its modifier
    // (regeringsleiders -> regering|leider); otherwise the lexicon knows better (tumoren is
    // not tum|oren).
    const knownWhole = lexicon.has(lower);
    const useful = (split: CompoundSplit | undefined): CompoundSplit | undefined =>
      split && knownWhole && lower.slice(0, lower.length - split.head.length) === split.modifier ? undefined : split;
    const split = useful(splitCompound(lower, lexicon, (head) => known.has(head)));
    if (split) return split.modifier + known.get(split.head)!.toLowerCase();
    const tags = HEAD_TAGS[upos as keyof typeof HEAD_TAGS];
    const isLexiconHead = (head: string): boolean => head.length >= MIN_LEXICON_HEAD && (lexicon.lookup(head)?.analyses.some((analysis) => tags.includes(analysis.tag)) ?? false);
    const byLexicon = useful(splitCompound(lower, lexicon, isLexiconHead));
    if (!byLexicon) return undefined;
    return byLexicon.modifier + this.guess(byLexicon.head, word.slice(word.length - byLexicon.head.length), upos, xpos);
  }

  /** The best-scoring candidate lemma of an unseen word, lower-cased. */
  private guess(lower: string, word: string, upos: string, xpos: string): string {
    const generated = this.generator.candidates(lower, upos);
    if (generated.length === 0) return lower;
    const formEntry = this.lexicon?.lookup(lower);
    const features = wordFeatures(lower, word, upos, xpos, formEntry);
    const { support } = this.parameters;
    const candidates: RankedCandidate[] = generated.map(({ lemma, classes, identity }) => ({
      classes,
      features: candidateFeatures(lemma, formEntry, upos, this.context, identity, maxSupport(classes, support, -1)),
    }));
    return generated[bestIndex(this.parameters.weights.score(features, candidates))]!.lemma;
  }
}
