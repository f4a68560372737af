import { DenseScorer } from '../linear/dense-scorer.ts';
import { PerceptronTrainer } from '../linear/perceptron-trainer.ts';
import { seededRandom, shuffle } from '../seeded-shuffle.ts';
import { Configuration } from './configuration.ts';
import { DynamicOracle } from './dynamic-oracle.ts';
import { MAX_PARSE_FEATURES, ParseTokens, parseFeatures } from './parse-features.ts';
import {
  apply, CHOICE, FIRST_ARC, finishTree, onlyLegal, Parser, REDUCE, SHIFT, transitionCosts,
  type Parse, type ParseInput, type ParserParameters, type Prepared, type TreeSentence,
} from './parser.ts';

/**
 * Beam search over the arc-eager transitions of parser.ts, with a globally trained perceptron
 * (Zhang and Clark 2008, Zhang and Nivre 2011): the parser keeps the `width` best-scoring
 * partial parses at each step instead of one, so an early choice that only looks good can be
 * overtaken by one that pays off later. Every parse of a sentence of n words takes exactly 2n
 * transitions (each word is pushed once and popped once), so the beam's parses are always
 * comparable. A state with one allowed transition adds nothing to a score, as in greedy parsing.
 */

/** One transition in a partial parse's history (a shared linked list: beam items share
 * their past). */
interface Step {
  readonly transition: number;
  readonly parent: Step | null;
}

interface Item {
  config: Configuration;
  score: number;
  history: Step | null;
  /** Whether every transition so far is the gold sequence's (training only). */
  gold: boolean;
}

/** Scores every transition of a state; the answer is valid until the next call. */
type StateScorer = (config: Configuration, tokens: ParseTokens) => ArrayLike<number>;

/**
 * The `width` best successors of the beam's items, best first; on equal scores the earlier
 * item and transition (shift, reduce, left arcs, right arcs, as bestLegal orders them) win, so
 * search is deterministic.
 */
class Expander {
  readonly parent: Int32Array;
  readonly transition: Int32Array;
  readonly score: Float64Array;
  count = 0;

  constructor(
    private readonly width: number,
    readonly labelCount: number,
    private readonly rootLabel: number,
  ) {
    this.parent = new Int32Array(width);
    this.transition = new Int32Array(width);
    this.score = new Float64Array(width);
  }

  expand(items: readonly Item[], tokens: ParseTokens, scoreState: StateScorer): void {
    this.count = 0;
    const { labelCount, rootLabel } = this;
    for (let i = 0; i < items.length; i++) {
      const { config, score } = items[i]!;
      const forced = onlyLegal(config, rootLabel);
      if (forced !== CHOICE) {
        this.offer(i, forced, score);
        continue;
      }
      const scores = scoreState(config, tokens);
      if (config.canShift()) this.offer(i, SHIFT, score + scores[SHIFT]!);
      if (config.canReduce()) this.offer(i, REDUCE, score + scores[REDUCE]!);
      if (config.canLeft()) {
        if (config.next === config.root) this.offer(i, FIRST_ARC + rootLabel, score + scores[FIRST_ARC + rootLabel]!);
        else for (let l = 0; l < labelCount; l++) if (l !== rootLabel) this.offer(i, FIRST_ARC + l, score + scores[FIRST_ARC + l]!);
      }
      if (config.canRight()) {
        const base = FIRST_ARC + labelCount;
        for (let l = 0; l < labelCount; l++) if (l !== rootLabel) this.offer(i, base + l, score + scores[base + l]!);
      }
    }
  }

  /** Keeps the candidate when it is among the best so far (insertion into a short sorted list). */
  private offer(parent: number, transition: number, score: number): void {
    const { width } = this;
    if (this.count === width && score <= this.score[width - 1]!) return;
    let at = this.count < width ? this.count++ : width - 1;
    while (at > 0 && this.score[at - 1]! < score) {
      this.parent[at] = this.parent[at - 1]!;
      this.transition[at] = this.transition[at - 1]!;
      this.score[at] = this.score[at - 1]!;
      at -= 1;
    }
    this.parent[at] = parent;
    this.transition[at] = transition;
    this.score[at] = score;
  }
}

/**
 * The states of a search, allocated once per sentence and reused: a successor takes its
 * parent's state in place when no other successor needs it, and a copy of it otherwise.
 */
class StatePool {
  private readonly free: Configuration[] = [];
  private readonly uses: Int32Array;

  constructor(
    private readonly length: number,
    width: number,
  ) {
    this.uses = new Int32Array(width);
  }

  /** The first item: the initial state. */
  start(gold: boolean): Item[] {
    return [{ config: new Configuration(this.length), score: 0, history: null, gold }];
  }

  /**
   * One step of the search: the successors `expander` chose become the new beam. `goldTransition`
   * marks the successor that continues the gold sequence (training), or is -1.
   */
  advance(items: readonly Item[], expander: Expander, goldTransition: number): Item[] {
    const { uses } = this;
    const count = expander.count;
    uses.fill(0, 0, items.length);
    for (let k = 0; k < count; k++) uses[expander.parent[k]!]! += 1;
    const next: Item[] = new Array<Item>(count);
    // Copies first, while the parents' states are unchanged; the last use of a parent then
    // takes its state.
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < count; k++) {
        const parent = expander.parent[k]!;
        const last = pass === 1 && next[k] === undefined;
        if (pass === 0 && uses[parent]! === 1) continue;
        if (pass === 1 && !last) continue;
        const from = items[parent]!;
        let config = from.config;
        if (pass === 0) {
          uses[parent]! -= 1;
          config = this.free.pop() ?? new Configuration(this.length);
          config.copyFrom(from.config);
        }
        const transition = expander.transition[k]!;
        apply(config, transition, expander.labelCount);
        next[k] = { config, score: expander.score[k]!, history: { transition, parent: from.history }, gold: from.gold && transition === goldTransition };
      }
    }
    for (let i = 0; i < items.length; i++) if (uses[i] === 0) this.free.push(items[i]!.config);
    return next;
  }
}

/** Beam decoding with a trained model, by the dense scorer's exact integer scores where
 * WebAssembly SIMD runs, by the model's own scores elsewhere. */
export class BeamDecoder {
  private readonly expander: Expander;
  private readonly scoreState: StateScorer;
  private readonly rootLabel: number;

  constructor(
    private readonly parameters: ParserParameters,
    private readonly width: number,
    dense: boolean,
  ) {
    const { labels, model } = parameters;
    this.rootLabel = labels.indexOf('root');
    const scorer = dense ? DenseScorer.create(model, MAX_PARSE_FEATURES) : null;
    this.expander = new Expander(width, labels.length, this.rootLabel);
    if (scorer) {
      this.scoreState = (config, tokens) => {
        scorer.score(parseFeatures(config, tokens, scorer.keys));
        return scorer.scores;
      };
    } else {
      const keys = new Uint32Array(MAX_PARSE_FEATURES);
      const scores = new Float64Array(model.classes);
      this.scoreState = (config, tokens) => {
        model.score(keys, parseFeatures(config, tokens, keys), scores);
        return scores;
      };
    }
  }

  parse(input: ParseInput): Parse {
    const tokens = new ParseTokens(input.words, input.upos, input.xpos, input.lemmas);
    const n = input.words.length;
    const pool = new StatePool(n, this.width);
    let items = pool.start(false);
    for (let t = 0; t < 2 * n; t++) {
      this.expander.expand(items, tokens, this.scoreState);
      items = pool.advance(items, this.expander, -1);
    }
    return finishTree(items[0]!.config, this.parameters.labels);
  }
}

export interface BeamTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Parses kept at each step, in training and in use. */
  readonly beam: number;
  /** Pruning of the averaged model: weights smaller than `minWeight` are left out, and
   * features touched by fewer than one update per `sentencesPerUpdate` sentences trained on
   * (sentences times epochs; at least one update). A global update touches every state of both
   * sequences, so the greedy parser's fixed 5 updates kept 840,000 features; measured on the
   * LassySmall tuning half, weight 1 and one update per 2,000 sentences (30 for the shipped
   * data) keep LAS with 195,000. Relative, so a small training set is not pruned away. */
  readonly minWeight: number;
  readonly sentencesPerUpdate: number;
}

export const DEFAULT_BEAM_TRAINING: BeamTrainingOptions = { epochs: 10, seed: 1, beam: 4, minWeight: 1, sentencesPerUpdate: 2000 };

/**
 * The gold transition sequence of a (projective) training tree: arcs as soon as they are due,
 * a word reduced as soon as it has all its dependents, else shift (the static arc-eager oracle),
 * or null when the tree cannot be reached (a non-projective tree that was not lifted).
 */
function goldSequence(sentence: Prepared, labelCount: number, rootLabel: number): Int32Array | null {
  const { heads, relations } = sentence;
  const n = heads.length - 1;
  const config = new Configuration(n);
  const oracle = new DynamicOracle(heads);
  const costs = new Float64Array(FIRST_ARC + 2 * labelCount);
  const sequence = new Int32Array(2 * n);
  for (let t = 0; t < 2 * n; t++) {
    let transition = onlyLegal(config, rootLabel);
    if (transition === CHOICE) {
      transitionCosts(config, oracle, heads, relations, labelCount, rootLabel, costs);
      const s = config.top;
      const b = config.next;
      if (heads[s] === b && costs[FIRST_ARC + relations[s]!] === 0) transition = FIRST_ARC + relations[s]!;
      else if (heads[b] === s && costs[FIRST_ARC + labelCount + relations[b]!] === 0) transition = FIRST_ARC + labelCount + relations[b]!;
      else if (costs[REDUCE] === 0) transition = REDUCE;
      else if (costs[SHIFT] === 0) transition = SHIFT;
      else return null;
    } else if (transition < 0) return null;
    sequence[t] = transition;
    apply(config, transition, labelCount);
  }
  for (let i = 1; i <= n; i++) if (config.heads[i] !== heads[i] || config.labels[i] !== relations[i]) return null;
  return sequence;
}

/**
 * Moves the weights along a transition sequence's first `steps` transitions by `amount`
 * (the features of each state that had a choice, for the transition taken).
 */
function updateAlong(trainer: PerceptronTrainer, tokens: ParseTokens, n: number, sequence: ArrayLike<number>, steps: number, amount: number, labelCount: number, rootLabel: number, keys: Uint32Array): void {
  const config = new Configuration(n);
  for (let t = 0; t < steps; t++) {
    const transition = sequence[t]!;
    if (onlyLegal(config, rootLabel) === CHOICE) trainer.nudge(keys, parseFeatures(config, tokens, keys), transition, amount);
    apply(config, transition, labelCount);
  }
}

/** A history's transitions, first to last. */
function transitionsOf(history: Step | null, length: number): Int32Array {
  const sequence = new Int32Array(length);
  for (let step = history, t = length - 1; step && t >= 0; step = step.parent, t--) sequence[t] = step.transition;
  return sequence;
}

/**
 * Trains a beam-search parser with max-violation updates (Huang, Fayong and Guo 2012): the
 * sentence is searched to the end with the current weights, and the update is made at the step
 * where the best partial parse beats the gold prefix by the most, gold prefix up, that parse
 * down. Non-projective trees are lifted as for the greedy parser.
 */
export function trainBeamParser(
  sentences: readonly TreeSentence[],
  options: BeamTrainingOptions = DEFAULT_BEAM_TRAINING,
  afterEpoch?: (epoch: number, parser: (minWeight: number, minUpdates: number) => Parser) => void,
): { parser: Parser; lifted: number; skipped: number } {
  const labels = [...new Set(sentences.flatMap((s) => s.relations))].sort();
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const labelCount = labels.length;
  const rootLabel = labelIndex.get('root') ?? -1;
  const { prepared, lifted } = Parser.prepare(sentences, labelIndex);
  const trainable: { sentence: Prepared; gold: Int32Array }[] = [];
  for (const sentence of prepared) {
    const gold = goldSequence(sentence, labelCount, rootLabel);
    if (gold) trainable.push({ sentence, gold });
  }
  const trainer = new PerceptronTrainer(FIRST_ARC + 2 * labelCount);
  const keys = new Uint32Array(MAX_PARSE_FEATURES);
  const scores = new Float64Array(trainer.classes);
  const scoreState: StateScorer = (config, tokens) => {
    trainer.score(keys, parseFeatures(config, tokens, keys), scores);
    return scores;
  };
  const expander = new Expander(options.beam, labelCount, rootLabel);
  const random = seededRandom(options.seed);
  const order = trainable.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of order) {
      const { sentence, gold } = trainable[index]!;
      const { tokens } = sentence;
      const n = sentence.heads.length - 1;
      const pool = new StatePool(n, options.beam);
      const goldConfig = new Configuration(n);
      let goldScore = 0;
      let items = pool.start(true);
      let worst = -Infinity;
      let worstStep = -1;
      let worstHistory: Step | null = null;
      for (let t = 0; t < 2 * n; t++) {
        const transition = gold[t]!;
        if (onlyLegal(goldConfig, rootLabel) === CHOICE) goldScore += scoreState(goldConfig, tokens)[transition]!;
        apply(goldConfig, transition, labelCount);
        expander.expand(items, tokens, scoreState);
        items = pool.advance(items, expander, transition);
        const best = items[0]!;
        if (!best.gold && best.score - goldScore >= worst) {
          worst = best.score - goldScore;
          worstStep = t;
          worstHistory = best.history;
        }
      }
      if (worstStep >= 0) {
        updateAlong(trainer, tokens, n, gold, worstStep + 1, 1, labelCount, rootLabel, keys);
        updateAlong(trainer, tokens, n, transitionsOf(worstHistory, worstStep + 1), worstStep + 1, -1, labelCount, rootLabel, keys);
      }
      trainer.tick();
    }
    shuffle(order, random);
    afterEpoch?.(epoch + 1, (minWeight, minUpdates) => new Parser({ labels, model: trainer.finish(minWeight, minUpdates), beam: options.beam }));
  }
  const minUpdates = Math.max(1, Math.round((trainable.length * options.epochs) / options.sentencesPerUpdate));
  const model = trainer.finish(options.minWeight, minUpdates);
  const parser = new Parser({ labels, model, beam: options.beam });
  return { parser, lifted, skipped: sentences.length - trainable.length };
}
