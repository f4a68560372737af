import { DenseScorer } from '../linear/dense-scorer.ts';
import { BeamDecoder } from './beam-search.ts';
import { LinearModel } from '../linear/linear-model.ts';
import { PerceptronTrainer } from '../linear/perceptron-trainer.ts';
import { seededRandom, shuffle } from '../seeded-shuffle.ts';
import { Configuration } from './configuration.ts';
import { DynamicOracle } from './dynamic-oracle.ts';
import { MAX_PARSE_FEATURES, ParseTokens, parseFeatures } from './parse-features.ts';
import { isProjective, projectivize } from './projectivize.ts';

/** A sentence as the parser reads it: words with their universal and fine tags, and their
 * lemmas when known. */
export interface ParseInput {
  readonly words: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly lemmas?: readonly string[];
}

/** A sentence to learn from: gold heads (1-based, 0 = root) and relations. */
export interface TreeSentence extends ParseInput {
  readonly heads: readonly number[];
  readonly relations: readonly string[];
}

/** A parse: `heads[i]` and `relations[i]` for word i+1 (heads 1-based, 0 = root). */
export interface Parse {
  readonly heads: number[];
  readonly relations: string[];
}

export interface ParserTrainingOptions {
  readonly epochs: number;
  /** Seed of the shuffle between epochs and of exploration, so training is reproducible. */
  readonly seed: number;
  /** From this epoch (0-based) on, training follows the parser's own choices with probability
   * `explore`, so it learns to continue well after a mistake (Goldberg and Nivre 2012). */
  readonly exploreFrom: number;
  readonly explore: number;
  /** Averaged weights smaller than this are left out of the model, and features touched by
   * fewer updates than `minUpdates`: measured on the dev files, 0.5 and 5 keep LAS and make a
   * model a third of the size, which parses twice as fast (fewer look-ups miss the cache). */
  readonly minWeight: number;
  readonly minUpdates: number;
}

export const DEFAULT_PARSER_TRAINING: ParserTrainingOptions = { epochs: 10, seed: 1, exploreFrom: 1, explore: 0.9, minWeight: 0.5, minUpdates: 5 };

export interface ParserParameters {
  readonly labels: readonly string[];
  readonly model: LinearModel;
  /** Parses kept at each step (beam-search.ts); 1 or absent: greedy. */
  readonly beam?: number;
}

/** Transition numbers: shift, reduce, then left-arc and right-arc for each relation. */
export const SHIFT = 0;
export const REDUCE = 1;
export const FIRST_ARC = 2;

export interface Prepared {
  readonly tokens: ParseTokens;
  readonly heads: Int32Array;
  readonly relations: Int32Array;
}

/**
 * A greedy arc-eager dependency parser (Nivre 2003) whose transitions, with their relations,
 * are scored by one averaged perceptron over rich state features (Zhang and Nivre 2011), and
 * trained with a dynamic oracle and error exploration (Goldberg and Nivre 2012). Linear in the
 * sentence length: fast enough for every sentence of every article.
 */
export class Parser {
  private readonly keys = new Uint32Array(MAX_PARSE_FEATURES);
  private readonly scores: Float64Array;
  /** Made on the first parse: training never needs it. */
  private denseScorer: DenseScorer | null | undefined;
  private beamDecoder: BeamDecoder | undefined;

  /** `dense: false` scores with the model alone (slower, the same parses: tests compare). */
  constructor(
    readonly parameters: ParserParameters,
    private readonly options: { readonly dense?: boolean } = {},
  ) {
    this.scores = new Float64Array(parameters.model.classes);
  }

  private get dense(): DenseScorer | null {
    if (this.denseScorer === undefined) {
      this.denseScorer = this.options.dense === false ? null : DenseScorer.create(this.parameters.model, MAX_PARSE_FEATURES);
    }
    return this.denseScorer;
  }

  parse(input: ParseInput): Parse {
    const { labels, beam = 1 } = this.parameters;
    if (beam > 1) return (this.beamDecoder ??= new BeamDecoder(this.parameters, beam, this.options.dense !== false)).parse(input);
    const tokens = new ParseTokens(input.words, input.upos, input.xpos, input.lemmas);
    const config = new Configuration(input.words.length);
    const labelCount = labels.length;
    const rootLabel = labels.indexOf('root');
    while (!config.done) {
      let transition = onlyLegal(config, rootLabel);
      if (transition === CHOICE) transition = this.choose(config, tokens, labelCount, rootLabel);
      apply(config, transition, labelCount);
    }
    return finishTree(config, labels);
  }

  /**
   * The best allowed transition of a state, by the model's scores. The exact integer scores of
   * the dense scorer decide whenever one transition is ahead (LinearModel.forEachWeight: they
   * then decide as the model's own scores would); the model's scores decide a tie, as they
   * always did, and everything without WebAssembly SIMD.
   */
  private choose(config: Configuration, tokens: ParseTokens, labelCount: number, rootLabel: number): number {
    const { dense } = this;
    const keys = dense ? dense.keys : this.keys;
    const count = parseFeatures(config, tokens, keys);
    if (dense) {
      dense.score(count);
      const best = bestLegal(config, dense.scores, labelCount, rootLabel, true);
      if (best !== TIED) return best;
    }
    this.parameters.model.score(keys, count, this.scores);
    return bestLegal(config, this.scores, labelCount, rootLabel);
  }

  /** Sentences to learn from, with the root numbered n + 1 as the configuration does. */
  static prepare(sentences: readonly TreeSentence[], labelIndex: ReadonlyMap<string, number>): { prepared: Prepared[]; lifted: number } {
    let lifted = 0;
    const prepared: Prepared[] = [];
    for (const sentence of sentences) {
      let heads: readonly number[] | null = [-1, ...sentence.heads];
      if (!isProjective(heads)) {
        heads = projectivize(heads);
        if (!heads) continue;
        lifted += 1;
      }
      const root = sentence.words.length + 1;
      prepared.push({
        tokens: new ParseTokens(sentence.words, sentence.upos, sentence.xpos, sentence.lemmas),
        heads: Int32Array.from(heads, (head, i) => (i > 0 && head === 0 ? root : head)),
        relations: Int32Array.from([-1, ...sentence.relations.map((r) => labelIndex.get(r)!)]),
      });
    }
    return { prepared, lifted };
  }

  /**
   * Trains on `sentences`; non-projective trees are made projective first (`lifted`); those
   * that cannot be without a second root are left out (`skipped`).
   */
  static train(sentences: readonly TreeSentence[], options: ParserTrainingOptions = DEFAULT_PARSER_TRAINING): { parser: Parser; lifted: number; skipped: number } {
    const labels = [...new Set(sentences.flatMap((s) => s.relations))].sort();
    const labelIndex = new Map(labels.map((label, i) => [label, i]));
    const labelCount = labels.length;
    const rootLabel = labelIndex.get('root') ?? -1;
    const { prepared, lifted } = Parser.prepare(sentences, labelIndex);
    const trainer = new PerceptronTrainer(FIRST_ARC + 2 * labelCount);
    const keys = new Uint32Array(MAX_PARSE_FEATURES);
    const scores = new Float64Array(trainer.classes);
    const costs = new Float64Array(trainer.classes);
    const random = seededRandom(options.seed);
    const order = prepared.map((_, i) => i);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const exploring = epoch >= options.exploreFrom;
      for (const index of order) {
        const { tokens, heads, relations } = prepared[index]!;
        const config = new Configuration(heads.length - 1);
        const oracle = new DynamicOracle(heads);
        while (!config.done) {
          const count = parseFeatures(config, tokens, keys);
          trainer.score(keys, count, scores);
          transitionCosts(config, oracle, heads, relations, labelCount, rootLabel, costs);
          const predicted = bestLegal(config, scores, labelCount, rootLabel);
          if (predicted < 0) {
            config.abandon();
            continue;
          }
          let best = -1;
          for (let c = 0; c < costs.length; c++) if (costs[c] === 0 && (best < 0 || scores[c]! > scores[best]!)) best = c;
          if (best < 0) best = predicted; // no zero-cost move left: nothing to learn here
          trainer.update(keys, count, best, predicted);
          trainer.tick();
          const follow = exploring && random() < options.explore ? predicted : best;
          apply(config, follow, labelCount);
        }
      }
      shuffle(order, random);
    }
    const parser = new Parser({ labels, model: trainer.finish(options.minWeight, options.minUpdates) });
    return { parser, lifted, skipped: sentences.length - prepared.length };
  }
}

/** Costs of every transition in `costs`; Infinity where a transition is not allowed. */
export function transitionCosts(config: Configuration, oracle: DynamicOracle, heads: Int32Array, relations: Int32Array, labelCount: number, rootLabel: number, costs: Float64Array): void {
  costs.fill(Infinity);
  if (config.canShift()) costs[SHIFT] = oracle.shiftCost(config);
  if (config.canReduce()) costs[REDUCE] = oracle.reduceCost(config);
  const s = config.top;
  const b = config.next;
  if (config.canLeft()) {
    const cost = oracle.leftCost(config);
    // A gold arc must also get its gold relation; a wrong arc costs the same with any relation.
    for (let l = 0; l < labelCount; l++) {
      if ((b === config.root) !== (l === rootLabel)) continue;
      costs[FIRST_ARC + l] = cost + (heads[s] === b && relations[s] !== l ? 1 : 0);
    }
  }
  if (config.canRight()) {
    const cost = oracle.rightCost(config);
    for (let l = 0; l < labelCount; l++) if (l !== rootLabel) costs[FIRST_ARC + labelCount + l] = cost + (heads[b] === s && relations[b] !== l ? 1 : 0);
  }
}

/** onlyLegal's answer when more than one transition is allowed; bestLegal's when the best
 * score is shared. */
export const CHOICE = -3;
const TIED = -2;

/**
 * The transition of a state that allows at most one (-1 for none), found without scoring, or
 * CHOICE. With the stack empty only shift is allowed; with only the root left in the buffer,
 * the top is reduced when it has its head and taken by the root when it has none (a sixth of
 * all states).
 */
export function onlyLegal(config: Configuration, rootLabel: number): number {
  if (config.depth === 0) return config.canShift() ? SHIFT : -1;
  if (config.next === config.root) return config.canReduce() ? REDUCE : config.canLeft() ? FIRST_ARC + rootLabel : -1;
  return CHOICE;
}

/**
 * The best allowed transition, or -1 when none is (a headless word left when the root has its
 * word): the first of equals, or TIED when `ties` asks and another allowed transition scores
 * the same. Only the root takes the `root` relation, and only that one.
 */
function bestLegal(config: Configuration, scores: Float64Array | Int32Array, labelCount: number, rootLabel: number, ties = false): number {
  // In the order shift, reduce, left arcs, right arcs; the first of equals wins. (A loop over
  // ranges, not a closure per state: a closure made per state cost more than its calls.)
  let best = -1;
  let tied = false;
  const rootArc = config.next === config.root;
  for (let range = 0; range < 4; range++) {
    // Each range of transitions, when allowed: [from, to) without `skip`.
    let from = 0;
    let to = 0;
    let skip = -1;
    if (range === 0 && config.canShift()) {
      from = SHIFT;
      to = SHIFT + 1;
    } else if (range === 1 && config.canReduce()) {
      from = REDUCE;
      to = REDUCE + 1;
    } else if (range === 2 && config.canLeft()) {
      from = rootArc ? FIRST_ARC + rootLabel : FIRST_ARC;
      to = rootArc ? from + 1 : FIRST_ARC + labelCount;
      skip = rootArc ? -1 : FIRST_ARC + rootLabel;
    } else if (range === 3 && config.canRight()) {
      from = FIRST_ARC + labelCount;
      to = from + labelCount;
      skip = from + rootLabel;
    }
    for (let c = from; c < to; c++) {
      if (c === skip) continue;
      if (best < 0 || scores[c]! > scores[best]!) {
        best = c;
        tied = false;
      } else if (scores[c] === scores[best]) tied = true;
    }
  }
  return ties && tied ? TIED : best;
}

export function apply(config: Configuration, transition: number, labelCount: number): void {
  if (transition < 0) config.abandon();
  else if (transition === SHIFT) config.shift();
  else if (transition === REDUCE) config.reduce();
  else if (transition < FIRST_ARC + labelCount) config.left(transition - FIRST_ARC);
  else config.right(transition - FIRST_ARC - labelCount);
}

/** Relation of a word the parser left without a head, hung from the root word. */
const LEFT_OVER = 'parataxis';

/** The parse in CoNLL-U numbering (root 0); a word left without a head hangs from the root
 * word (the first such word is the root when there is none). */
export function finishTree(config: Configuration, labels: readonly string[]): Parse {
  const heads: number[] = [];
  const relations: string[] = [];
  let root = 0;
  for (let i = 1; i <= config.length; i++) if (config.heads[i] === config.root) root = i;
  for (let i = 1; i <= config.length; i++) {
    let head = config.heads[i]!;
    let relation = head >= 0 ? labels[config.labels[i]!]! : LEFT_OVER;
    if (head === config.root) head = 0;
    else if (head < 0) {
      if (root === 0) {
        root = i;
        head = 0;
        relation = 'root';
      } else head = root;
    }
    heads.push(head);
    relations.push(relation);
  }
  return { heads, relations };
}
