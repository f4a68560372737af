import { AveragedPerceptron, argmax } from './averaged-perceptron.ts';
import { taggerFeatures } from './tagger-features.ts';
import { seededRandom, shuffle } from '../seeded-shuffle.ts';
import { modelForm } from '../model-form.ts';

/** A sentence to learn from: its words and their gold tags. */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

export interface TaggerTrainingOptions {
  readonly epochs: number;
  /** Seed of the shuffle between epochs, so training is reproducible. */
  readonly seed: number;
  /** A word seen at least this often with (nearly) always one tag is tagged from a dictionary. */
  readonly dictionaryMinCount: number;
  readonly dictionaryMinShare: number;
}

export const DEFAULT_TAGGER_TRAINING: TaggerTrainingOptions = { epochs: 10, seed: 1, dictionaryMinCount: 20, dictionaryMinShare: 0.97 };

/** What a trained tagger is made of; saved and loaded by tagger-model.ts. */
export interface TaggerParameters {
  readonly classes: readonly string[];
  readonly weights: ReadonlyMap<string, ArrayLike<number>>;
  readonly dictionary: ReadonlyMap<string, string>;
}

/**
 * A greedy left-to-right part-of-speech tagger with an averaged perceptron (the design of
 * Collins 2002 and Honnibal's "A good POS tagger in about 200 lines"): fast, trained here,
 * strong on little data. Frequent unambiguous words are tagged from a dictionary.
 */
export class Tagger {
  constructor(private readonly parameters: TaggerParameters) {}

  get classes(): readonly string[] {
    return this.parameters.classes;
  }

  /** The tag of every word, in order. */
  tag(original: readonly string[]): string[] {
    const words = original.map(modelForm);
    const { classes, weights, dictionary } = this.parameters;
    const tags: string[] = [];
    const scores = new Float64Array(classes.length);
    for (let i = 0; i < words.length; i++) {
      const known = dictionary.get(words[i]!.toLowerCase());
      if (known) {
        tags.push(known);
        continue;
      }
      scores.fill(0);
      for (const feature of taggerFeatures({ words, tags }, i)) {
        const row = weights.get(feature);
        if (row) for (let c = 0; c < scores.length; c++) scores[c]! += row[c]!;
      }
      tags.push(classes[argmax(scores)]!);
    }
    return tags;
  }

  /** Trains a tagger on gold-tagged sentences. Deterministic for the same data and options. */
  static train(sentences: readonly TaggedSentence[], options: TaggerTrainingOptions = DEFAULT_TAGGER_TRAINING): Tagger {
    const classes = [...new Set(sentences.flatMap((sentence) => sentence.tags))].sort();
    const classIndex = new Map(classes.map((tag, index) => [tag, index]));
    const dictionary = buildDictionary(sentences, options);
    const perceptron = new AveragedPerceptron(classes);
    const order = sentences.map((_, index) => index);
    const random = seededRandom(options.seed);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (const index of order) {
        const { words: original, tags: gold } = sentences[index]!;
        const words = original.map(modelForm);
        const tags: string[] = [];
        for (let i = 0; i < words.length; i++) {
          const known = dictionary.get(words[i]!.toLowerCase());
          if (known) {
            tags.push(known);
            continue;
          }
          const features = taggerFeatures({ words, tags }, i);
          const guess = perceptron.predict(features);
          perceptron.update(classIndex.get(gold[i]!)!, guess, features);
          tags.push(classes[guess]!);
        }
      }
      shuffle(order, random);
    }
    return new Tagger({ classes, weights: perceptron.averaged(), dictionary });
  }

  /** The parameters, for saving. */
  get model(): TaggerParameters {
    return this.parameters;
  }
}

function buildDictionary(sentences: readonly TaggedSentence[], options: TaggerTrainingOptions): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { words, tags } of sentences) {
    words.forEach((word, i) => {
      const key = modelForm(word).toLowerCase();
      const byTag = counts.get(key) ?? new Map<string, number>();
      byTag.set(tags[i]!, (byTag.get(tags[i]!) ?? 0) + 1);
      counts.set(key, byTag);
    });
  }
  const dictionary = new Map<string, string>();
  for (const [word, byTag] of counts) {
    const total = [...byTag.values()].reduce((sum, n) => sum + n, 0);
    const [tag, n] = [...byTag.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    if (total >= options.dictionaryMinCount && n / total >= options.dictionaryMinShare) dictionary.set(word, tag);
  }
  return dictionary;
}
