import { DenseScorer } from '../linear/dense-scorer.ts';
import { LinearModel } from '../linear/linear-model.ts';
import { PerceptronTrainer } from '../linear/perceptron-trainer.ts';
import { modelForm } from '../model-form.ts';
import { seededRandom, shuffle } from '../seeded-shuffle.ts';
import { MAX_TAG_FEATURES, NO_TAG, participlesAhead, uposFeatures, xposFeatures } from './tag-features.ts';
import { WordHashes, type WordClasses } from '../linear/word-hashes.ts';

/**
 * A sentence to learn from. `_` marks a tag the data does not give (no fine tags in the 2017
 * data): it teaches nothing. Alternatives joined by `/` ("AUX/VERB": a verb that may be an
 * auxiliary, in text without syntax) teach that the tag is one of them.
 */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
}

export interface Tags {
  readonly upos: string[];
  readonly xpos: string[];
}

export interface TaggerTrainingOptions {
  readonly epochs: number;
  /** Seed of the shuffle between epochs, so training is reproducible. */
  readonly seed: number;
  /** A word seen at least this often with (nearly) always one universal tag gets it from a
   * dictionary, without scoring: most running words, at a fraction of the cost. */
  readonly dictionaryMinCount: number;
  readonly dictionaryMinShare: number;
  /** Averaged weights smaller than this are left out of the model, and features touched by
   * fewer updates than `minUpdates`. */
  readonly minWeight: number;
  readonly minUpdates: number;
}

export const DEFAULT_TAGGER_TRAINING: TaggerTrainingOptions = { epochs: 10, seed: 1, dictionaryMinCount: 20, dictionaryMinShare: 0.98, minWeight: 0.001, minUpdates: 1 };

/** Marks a tag the data does not give. */
export const UNKNOWN = '_';
/** Separates the tags a word may have where the data does not decide. */
const ALTERNATIVES = '/';

export interface TaggerParameters {
  readonly uposClasses: readonly string[];
  readonly xposClasses: readonly string[];
  readonly upos: LinearModel;
  readonly xpos: LinearModel;
  /** Lower-cased word -> universal tag number, for frequent unambiguous words. */
  readonly dictionary: ReadonlyMap<string, number>;
  /** For each universal tag, the fine tags seen with it: a fine tag must agree. */
  readonly xposByUpos: readonly (readonly number[])[];
}

/**
 * A greedy left-to-right part-of-speech tagger with averaged perceptrons (Collins 2002; the
 * design of Honnibal's "good POS tagger in about 200 lines"): first the universal tag of each
 * word, then its fine-grained Dutch tag among those that agree with it.
 */
export class Tagger {
  private readonly keys = new Uint32Array(MAX_TAG_FEATURES);
  private readonly uposScores: Float64Array;
  private readonly xposScores: Float64Array;
  /** Exact scores of universal tags (DenseScorer), made on the first tagging; null without
   * WebAssembly SIMD. */
  private dense: DenseScorer | null | undefined;

  /** `dense: false` scores with the models alone (slower, the same tags: tests compare). */
  constructor(
    readonly parameters: TaggerParameters,
    readonly dictionary?: WordClasses,
    private readonly options: { readonly dense?: boolean } = {},
  ) {
    this.uposScores = new Float64Array(parameters.uposClasses.length);
    this.xposScores = new Float64Array(parameters.xposClasses.length);
  }

  /** The universal and fine tags of every word, in order. */
  tag(words: readonly string[]): Tags {
    const { uposClasses, xposClasses } = this.parameters;
    const hashes = new WordHashes(words, this.dictionary);
    const upos = this.tagUniversal(hashes);
    const xpos = this.tagFine(hashes, upos);
    return { upos: Array.from(upos, (tag) => uposClasses[tag]!), xpos: Array.from(xpos, (tag) => (tag < 0 ? UNKNOWN : xposClasses[tag]!)) };
  }

  private tagUniversal(hashes: WordHashes): Int32Array {
    if (this.dense === undefined) this.dense = this.options.dense === false ? null : DenseScorer.create(this.parameters.upos, MAX_TAG_FEATURES);
    const dense = this.dense;
    return tagUniversal(hashes, this.parameters.dictionary, this.parameters.upos, dense ? dense.keys : this.keys, this.uposScores, undefined, dense ?? undefined);
  }

  private tagFine(hashes: WordHashes, upos: Int32Array): Int32Array {
    const { xpos: model, xposByUpos } = this.parameters;
    const tags = new Int32Array(hashes.length);
    for (let i = 0; i < hashes.length; i++) {
      const allowed = xposByUpos[upos[i]!]!;
      if (allowed.length <= 1) {
        tags[i] = allowed.length === 1 ? allowed[0]! : -1;
        continue;
      }
      const count = xposFeatures(hashes, i, upos, i > 0 ? tags[i - 1]! : NO_TAG, this.keys);
      model.score(this.keys, count, this.xposScores);
      let best = allowed[0]!;
      for (const tag of allowed) if (this.xposScores[tag]! > this.xposScores[best]!) best = tag;
      tags[i] = best;
    }
    return tags;
  }

  /** Trains a tagger on tagged sentences. Deterministic for the same data and options. */
  static train(sentences: readonly TaggedSentence[], options: TaggerTrainingOptions = DEFAULT_TAGGER_TRAINING, wordClasses?: WordClasses): Tagger {
    const uposClasses = [...new Set(sentences.flatMap((s) => s.upos.flatMap((tag) => tag.split(ALTERNATIVES))))].filter((tag) => tag !== UNKNOWN).sort();
    const xposClasses = [...new Set(sentences.flatMap((s) => s.xpos))].filter((tag) => tag !== UNKNOWN).sort();
    const uposIndex = new Map(uposClasses.map((tag, i) => [tag, i]));
    const xposIndex = new Map(xposClasses.map((tag, i) => [tag, i]));
    const dictionary = buildDictionary(sentences, uposIndex, options);
    const xposByUpos = agreeingFineTags(sentences, uposIndex, xposIndex, uposClasses.length);
    const uposTrainer = new PerceptronTrainer(uposClasses.length);
    const xposTrainer = new PerceptronTrainer(Math.max(xposClasses.length, 1));
    const keys = new Uint32Array(MAX_TAG_FEATURES);
    const uposScores = new Float64Array(uposClasses.length);
    const xposScores = new Float64Array(Math.max(xposClasses.length, 1));
    // Where the data allows several tags, training moves towards the best-scored of them.
    const alternatives = [...new Set(sentences.flatMap((s) => s.upos.filter((tag) => tag.includes(ALTERNATIVES))))];
    const alternativeSets = alternatives.map((tag) => tag.split(ALTERNATIVES).map((one) => uposIndex.get(one)!));
    const alternativeIndex = new Map(alternatives.map((tag, i) => [tag, -2 - i]));
    const prepared = sentences.map((s) => ({
      hashes: new WordHashes(s.words, wordClasses),
      upos: Int32Array.from(s.upos, (tag) => uposIndex.get(tag) ?? alternativeIndex.get(tag) ?? -1),
      xpos: Int32Array.from(s.xpos, (tag) => xposIndex.get(tag) ?? -1),
    }));
    const order = prepared.map((_, i) => i);
    const random = seededRandom(options.seed);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (const index of order) {
        const { hashes, upos, xpos } = prepared[index]!;
        const guessed = tagUniversal(hashes, dictionary, uposTrainer, keys, uposScores, (i, count, guess) => {
          const truth = upos[i]! >= -1 ? upos[i]! : bestOf(alternativeSets[-2 - upos[i]!]!, uposScores, guess);
          if (truth < 0) return;
          uposTrainer.update(keys, count, truth, guess);
          uposTrainer.tick();
        });
        // Fine tags learn from the gold universal tags (guessed where there are none), with
        // the fine tag guessed to the left.
        const universal = upos.map((tag, i) => (tag >= 0 ? tag : guessed[i]!));
        let previous = NO_TAG;
        for (let i = 0; i < hashes.length; i++) {
          if (xpos[i]! < 0) {
            previous = NO_TAG;
            continue;
          }
          if (xposByUpos[universal[i]!]!.length <= 1) {
            previous = xpos[i]!;
            continue;
          }
          const count = xposFeatures(hashes, i, universal, previous, keys);
          xposTrainer.score(keys, count, xposScores);
          const guess = argmax(xposScores);
          xposTrainer.update(keys, count, xpos[i]!, guess);
          xposTrainer.tick();
          previous = guess;
        }
      }
      shuffle(order, random);
    }
    return new Tagger(
      { uposClasses, xposClasses, dictionary, xposByUpos, upos: uposTrainer.finish(options.minWeight, options.minUpdates), xpos: xposTrainer.finish(options.minWeight, options.minUpdates) },
      wordClasses,
    );
  }
}

/** What scores features: the trained model, or the perceptron while it learns. */
interface Scorer {
  score(keys: Uint32Array, count: number, scores: Float64Array): void;
}

/**
 * The universal tags of a sentence, greedily left to right; `learn` sees every scored word
 * (its features are in `keys`, its scores in `scores`) before the next one is tagged. With
 * `dense` (whose `keys` are `keys`), its exact scores choose whenever one tag is ahead, as the
 * scorer's would (LinearModel.forEachWeight), and the scorer decides ties.
 */
function tagUniversal(
  hashes: WordHashes, dictionary: ReadonlyMap<string, number>, scorer: Scorer, keys: Uint32Array, scores: Float64Array,
  learn?: (i: number, count: number, guess: number) => void, dense?: DenseScorer,
): Int32Array {
  const ahead = participlesAhead(hashes);
  const tags = new Int32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) {
    const known = dictionary.get(hashes.lowerForms[i]!);
    if (known !== undefined) {
      tags[i] = known;
      continue;
    }
    const count = uposFeatures(hashes, ahead, i, i > 0 ? tags[i - 1]! : NO_TAG, i > 1 ? tags[i - 2]! : NO_TAG, keys);
    const best = dense ? dense.best(count) : -1;
    if (best >= 0) {
      tags[i] = best;
      continue;
    }
    scorer.score(keys, count, scores);
    tags[i] = argmax(scores);
    learn?.(i, count, tags[i]!);
  }
  return tags;
}

/** The guess when it is one of the allowed tags, else the best-scored allowed tag. */
function bestOf(allowed: readonly number[], scores: Float64Array, guess: number): number {
  if (allowed.includes(guess)) return guess;
  let best = allowed[0]!;
  for (const tag of allowed) if (scores[tag]! > scores[best]!) best = tag;
  return best;
}

export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

function buildDictionary(sentences: readonly TaggedSentence[], uposIndex: ReadonlyMap<string, number>, options: TaggerTrainingOptions): Map<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const { words, upos } of sentences) {
    words.forEach((word, i) => {
      if (upos[i] === UNKNOWN || upos[i]!.includes(ALTERNATIVES)) return;
      const key = modelForm(word).toLowerCase();
      const byTag = counts.get(key) ?? new Map<string, number>();
      byTag.set(upos[i]!, (byTag.get(upos[i]!) ?? 0) + 1);
      counts.set(key, byTag);
    });
  }
  const dictionary = new Map<string, number>();
  for (const [word, byTag] of counts) {
    const total = [...byTag.values()].reduce((sum, n) => sum + n, 0);
    const [tag, n] = [...byTag.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    if (total >= options.dictionaryMinCount && n / total >= options.dictionaryMinShare) dictionary.set(word, uposIndex.get(tag)!);
  }
  return dictionary;
}

function agreeingFineTags(sentences: readonly TaggedSentence[], uposIndex: ReadonlyMap<string, number>, xposIndex: ReadonlyMap<string, number>, uposCount: number): number[][] {
  const sets = Array.from({ length: uposCount }, () => new Set<number>());
  for (const { upos, xpos } of sentences) {
    upos.forEach((tag, i) => {
      const fine = xposIndex.get(xpos[i]!);
      for (const one of tag.split(ALTERNATIVES)) {
        const universal = uposIndex.get(one);
        if (fine !== undefined && universal !== undefined) sets[universal]!.add(fine);
      }
    });
  }
  return sets.map((set) => [...set].sort((a, b) => a - b));
}
