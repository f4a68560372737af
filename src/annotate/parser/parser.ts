import { AveragedPerceptron, argmax } from '../tagger/averaged-perceptron.ts';
import { seededRandom, shuffle } from '../seeded-shuffle.ts';
import { modelForm } from '../model-form.ts';
import { Configuration, TRANSITIONS, isProjective, oracle, projectivize, type Transition } from './arc-eager.ts';
import { labelFeatures, parserFeatures, type ParseInput } from './parser-features.ts';

/** A sentence to learn from: words, tags, gold heads (1-based, 0 = root) and relations. */
export interface TreeSentence extends ParseInput {
  readonly heads: readonly number[];
  readonly relations: readonly string[];
}

/** A parse: `heads[i]` and `relations[i]` for word i+1 (heads 1-based, 0 = root). */
export interface Parse {
  readonly heads: number[];
  readonly relations: string[];
}

export interface ParserParameters {
  readonly transitions: ReadonlyMap<string, ArrayLike<number>>;
  readonly labels: readonly string[];
  readonly labelWeights: ReadonlyMap<string, ArrayLike<number>>;
}

export interface ParserTrainingOptions {
  readonly epochs: number;
  /** Seed of the shuffle between epochs, so training is reproducible. */
  readonly seed: number;
}

export const DEFAULT_PARSER_TRAINING: ParserTrainingOptions = { epochs: 10, seed: 1 };

/**
 * A greedy arc-eager dependency parser (Nivre 2003) with averaged-perceptron scoring of the
 * transitions and a second perceptron for relation labels. Trained with the static oracle on
 * the projective trees of the data; fast and small enough for every article.
 */
export class Parser {
  constructor(private readonly parameters: ParserParameters) {}

  get model(): ParserParameters {
    return this.parameters;
  }

  parse(input: ParseInput): Parse {
    const normalized = lowerCased(input);
    const config = new Configuration(input.words.length);
    while (!config.done) config.apply(this.best(config, normalized));
    const heads = finishTree(config);
    const relations = heads.map((head, i) => this.label(normalized, head, i + 1, heads));
    return { heads, relations };
  }

  private best(config: Configuration, input: ParseInput): Transition {
    const scores = scoreRows(this.parameters.transitions, parserFeatures(config, input), TRANSITIONS.length);
    let best: Transition = 'shift';
    let bestScore = -Infinity;
    TRANSITIONS.forEach((transition, index) => {
      if (config.isLegal(transition) && scores[index]! > bestScore) {
        best = transition;
        bestScore = scores[index]!;
      }
    });
    return best;
  }

  private label(input: ParseInput, head: number, dependent: number, heads: readonly number[]): string {
    const { labels, labelWeights } = this.parameters;
    const withRoot = [-1, ...heads];
    return labels[argmax(scoreRows(labelWeights, labelFeatures(input, head, dependent, withRoot), labels.length))]!;
  }

  /**
   * Trains on `sentences`; non-projective trees are made projective first (`lifted`), and those
   * that cannot be without a second root are left out (`skipped`).
   */
  static train(sentences: readonly TreeSentence[], options: ParserTrainingOptions = DEFAULT_PARSER_TRAINING): { parser: Parser; lifted: number; skipped: number } {
    let lifted = 0;
    const projective: TreeSentence[] = [];
    for (const sentence of sentences) {
      const gold = [-1, ...sentence.heads];
      if (isProjective(gold)) {
        projective.push(sentence);
        continue;
      }
      const heads = projectivize(gold);
      if (heads) {
        projective.push({ ...sentence, heads: heads.slice(1) });
        lifted += 1;
      }
    }
    const labels = [...new Set(sentences.flatMap((sentence) => sentence.relations))].sort();
    const labelIndex = new Map(labels.map((label, index) => [label, index]));
    const transitions = new AveragedPerceptron(TRANSITIONS);
    const labeller = new AveragedPerceptron(labels);
    const order = [...projective];
    const random = seededRandom(options.seed);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (const sentence of order) {
        const input = lowerCased(sentence);
        const gold = [-1, ...sentence.heads];
        const config = new Configuration(sentence.words.length);
        while (!config.done) {
          const features = parserFeatures(config, input);
          const truth = oracle(config, gold);
          const scores = transitions.scores(features);
          const guess = TRANSITIONS.reduce((best, t, i) => (config.isLegal(t) && (best < 0 || scores[i]! > scores[best]!) ? i : best), -1);
          transitions.update(TRANSITIONS.indexOf(truth), guess, features);
          config.apply(truth);
        }
        sentence.heads.forEach((head, i) => {
          const features = labelFeatures(input, head, i + 1, gold);
          labeller.update(labelIndex.get(sentence.relations[i]!)!, labeller.predict(features), features);
        });
      }
      shuffle(order, random);
    }
    const parser = new Parser({ transitions: transitions.averaged(), labels, labelWeights: labeller.averaged() });
    return { parser, lifted, skipped: sentences.length - projective.length };
  }
}

/** Words left without a head when the buffer runs out hang from the root word. */
function finishTree(config: Configuration): number[] {
  const heads = Array.from(config.heads.slice(1));
  let root = heads.indexOf(0) + 1;
  for (let i = 0; i < heads.length; i++) {
    if (heads[i]! >= 0) continue;
    if (root === 0) {
      heads[i] = 0;
      root = i + 1;
    } else heads[i] = root;
  }
  return heads;
}

function scoreRows(weights: ReadonlyMap<string, ArrayLike<number>>, features: readonly string[], size: number): Float64Array {
  const scores = new Float64Array(size);
  for (const feature of features) {
    const row = weights.get(feature);
    if (row) for (let c = 0; c < size; c++) scores[c]! += row[c]!;
  }
  return scores;
}

/** Words as the model knows them: lower case, quotation marks in ASCII (model-form.ts). */
function lowerCased(input: ParseInput): ParseInput {
  return { words: input.words.map((word) => modelForm(word).toLowerCase()), tags: input.tags };
}
