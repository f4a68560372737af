import type { DenseScorer } from '../linear/dense-scorer.ts';
import { mayEnd, mayFollow, OUTSIDE } from './bilou.ts';
import { labelFeatureKey, MAX_LABEL_FEATURES, MAX_NER_FEATURES, NO_LABEL, nerLabelFeatures, nerLabelParts, nerTokenFeatures, type NerSentenceContext } from './ner-features.ts';

/** Scores features for every label: the trained model, or the trainer's current weights. */
export type FeatureScorer = (keys: Uint32Array, count: number, scores: Float64Array) => void;

/** Pair scores kept per (template, value) before the cache starts again: bounds its memory
 * (each entry is (labels + 1) x labels numbers, 2.4 KB for 17 labels). */
const MAX_CACHED_PAIRS = 4_000;

/** The pair scores of a value the model has no weights for (most words): nothing to add. */
const NO_SCORES = new Float64Array(0);
const NO_EXACT_SCORES = new Int32Array(0);

/** What learning from one sentence needs: the trainer's updates. */
export interface StructuredLearner {
  /** Towards `truth` and away from `guess` for the same features. */
  update(keys: Uint32Array, count: number, truth: number, guess: number): void;
  /** One label's weights of the features, by `amount`. */
  nudge(keys: Uint32Array, count: number, label: number, amount: number): void;
  /** The end of one token: averaging counts tokens. */
  tick(): void;
}

/**
 * First-order Viterbi decoding over BILOU labels: a token's score is its own features' score
 * for the label plus the score of the features pairing the label with the one before
 * (nerLabelFeatures), and the best whole sequence wins. Unlike greedy decoding, a name that
 * looks good at its start cannot run on into the words after it ("New Delhi ervan de
 * grondstoffen"): the end of the name is chosen with the words after it in view.
 */
export class ViterbiDecoder {
  private readonly labelCount: number;
  private readonly allowed: Uint8Array;
  private readonly endAllowed: Uint8Array;
  /** The (previous + 1) * labels + label cells that may be used: only they are scored. */
  private readonly allowedPairs: Int32Array;
  /** For each label, the labels that may come before it (from predecessorStart[l]). */
  private readonly predecessors: Int32Array;
  private readonly predecessorStart: Int32Array;
  private readonly keys = new Uint32Array(MAX_NER_FEATURES);
  private readonly labelKeys = new Uint32Array(MAX_LABEL_FEATURES);
  private readonly scores: Float64Array;
  private emission = new Float64Array(0);
  private transition = new Float64Array(0);
  private delta = new Float64Array(0);
  private back = new Int32Array(0);
  private readonly parts = new Uint32Array(2 * MAX_LABEL_FEATURES);
  private readonly pairScores = new Map<number, Map<number, Float64Array>>();
  private cachedPairs = 0;
  private readonly exactPairScores = new Map<number, Map<number, Int32Array>>();
  private cachedExactPairs = 0;

  constructor(readonly labels: readonly string[]) {
    const L = labels.length;
    this.labelCount = L;
    this.scores = new Float64Array(L);
    // Row 0 is the start of a sentence, row p + 1 the label p.
    this.allowed = new Uint8Array((L + 1) * L);
    for (let p = -1; p < L; p++) {
      for (let l = 0; l < L; l++) this.allowed[(p + 1) * L + l] = mayFollow(p < 0 ? OUTSIDE : labels[p]!, labels[l]!) ? 1 : 0;
    }
    this.endAllowed = Uint8Array.from(labels, (label) => (mayEnd(label) ? 1 : 0));
    const pairs: number[] = [];
    const predecessors: number[][] = labels.map(() => []);
    for (let p = -1; p < L; p++) {
      for (let l = 0; l < L; l++) {
        if (!this.allowed[(p + 1) * L + l]) continue;
        pairs.push((p + 1) * L + l);
        if (p >= 0) predecessors[l]!.push(p);
      }
    }
    this.allowedPairs = Int32Array.from(pairs);
    this.predecessorStart = new Int32Array(L + 1);
    predecessors.forEach((list, l) => (this.predecessorStart[l + 1] = this.predecessorStart[l]! + list.length));
    this.predecessors = Int32Array.from(predecessors.flat());
  }

  /**
   * The best label sequence of a sentence. `fixed` says the weights do not change between
   * calls (a trained model), so the scores of label pairs may be kept.
   */
  decode(context: NerSentenceContext, score: FeatureScorer, fixed = false): Int32Array {
    this.scoreSentence(context, score, fixed);
    return this.bestPath(context.words.length, false)!;
  }

  /**
   * The same sequence as `decode` with a trained model's `score`, found from the model's exact
   * integer scores (`dense`, DenseScorer): every path's integer sum is exact, and where one
   * path is ahead of another, the model's floating-point sums order them the same way (their
   * rounding stays far below one integer step, LinearModel.forEachWeight). Only where two
   * candidates tie in some choice of the recursion could the floating-point sums order them
   * either way; such a sentence is decoded again with `score`, as before.
   */
  decodeExact(context: NerSentenceContext, dense: DenseScorer, score: FeatureScorer): Int32Array {
    this.scoreSentenceExact(context, dense);
    return this.bestPath(context.words.length, true) ?? this.decode(context, score, true);
  }

  /**
   * Viterbi's recursion over the scores of scoreSentence: the best path, the first of equals
   * at every choice, or null when `untied` asks and some choice had equals.
   */
  private bestPath(n: number, untied: boolean): Int32Array | null {
    const L = this.labelCount;
    const { delta, back, emission, transition, allowed, predecessors, predecessorStart } = this;
    let tied = false;
    for (let l = 0; l < L; l++) delta[l] = allowed[l] ? emission[l]! + transition[l]! : -Infinity;
    for (let i = 1; i < n; i++) {
      const t = i * (L + 1) * L;
      for (let l = 0; l < L; l++) {
        let best = -Infinity;
        let from = 0;
        for (let q = predecessorStart[l]!, end = predecessorStart[l + 1]!; q < end; q++) {
          const p = predecessors[q]!;
          const value = delta[(i - 1) * L + p]! + transition[t + (p + 1) * L + l]!;
          if (value > best) {
            best = value;
            from = p;
          } else if (value === best && best !== -Infinity) tied = true;
        }
        delta[i * L + l] = best + emission[i * L + l]!;
        back[i * L + l] = from;
      }
    }
    if (untied && tied) return null;
    const path = new Int32Array(n);
    if (n === 0) return path;
    let last = 0;
    let best = -Infinity;
    for (let l = 0; l < L; l++) {
      const value = this.endAllowed[l] ? delta[(n - 1) * L + l]! : -Infinity;
      if (value > best) {
        best = value;
        last = l;
      } else if (value === best && best !== -Infinity) tied = true;
    }
    if (untied && tied) return null;
    path[n - 1] = last;
    for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]!]!;
    return path;
  }

  /**
   * Collins' structured perceptron step: where the predicted sequence differs from the gold
   * one, the gold token and pair features move up and the predicted ones down.
   */
  learn(context: NerSentenceContext, gold: Int32Array, predicted: Int32Array, learner: StructuredLearner): void {
    for (let i = 0; i < gold.length; i++) {
      const goldBefore = i > 0 ? gold[i - 1]! : NO_LABEL;
      const guessBefore = i > 0 ? predicted[i - 1]! : NO_LABEL;
      if (gold[i] !== predicted[i]) learner.update(this.keys, nerTokenFeatures(context, i, this.keys), gold[i]!, predicted[i]!);
      if (goldBefore === guessBefore) {
        if (gold[i] !== predicted[i]) learner.update(this.labelKeys, nerLabelFeatures(context, i, goldBefore, this.labelKeys, 0), gold[i]!, predicted[i]!);
      } else {
        learner.nudge(this.labelKeys, nerLabelFeatures(context, i, goldBefore, this.labelKeys, 0), gold[i]!, 1);
        learner.nudge(this.labelKeys, nerLabelFeatures(context, i, guessBefore, this.labelKeys, 0), predicted[i]!, -1);
      }
      learner.tick();
    }
  }

  /** Fills the token scores and, per previous label, the pair scores of every token. */
  private scoreSentence(context: NerSentenceContext, score: FeatureScorer, fixed: boolean): void {
    const n = context.words.length;
    const L = this.labelCount;
    const size = (L + 1) * L;
    this.reserve(n);
    for (let i = 0; i < n; i++) {
      score(this.keys, nerTokenFeatures(context, i, this.keys), this.scores);
      this.emission.set(this.scores, i * L);
      const t = i * size;
      if (!fixed) {
        // The start of a sentence is a previous label of its own, only before the first token.
        for (let p = i === 0 ? -1 : 0; p < (i === 0 ? 0 : L); p++) {
          score(this.labelKeys, nerLabelFeatures(context, i, p, this.labelKeys, 0), this.scores);
          this.transition.set(this.scores, t + (p + 1) * L);
        }
        continue;
      }
      const { transition, allowedPairs } = this;
      for (let x = 0; x < allowedPairs.length; x++) transition[t + allowedPairs[x]!] = 0;
      const count = nerLabelParts(context, i, this.parts);
      for (let part = 0; part < count; part++) {
        const matrix = this.pairMatrix(this.parts[2 * part]!, this.parts[2 * part + 1]!, score);
        if (matrix === NO_SCORES) continue;
        for (let x = 0; x < allowedPairs.length; x++) transition[t + allowedPairs[x]!]! += matrix[allowedPairs[x]!]!;
      }
    }
  }

  /** Room for the scores of a sentence of `n` tokens. */
  private reserve(n: number): void {
    const L = this.labelCount;
    if (this.emission.length >= n * L) return;
    this.emission = new Float64Array(n * L * 2);
    this.transition = new Float64Array(n * (L + 1) * L * 2);
    this.delta = new Float64Array(n * L * 2);
    this.back = new Int32Array(n * L * 2);
  }

  /** scoreSentence of a trained model, with its exact integer scores (decodeExact). */
  private scoreSentenceExact(context: NerSentenceContext, dense: DenseScorer): void {
    const n = context.words.length;
    const L = this.labelCount;
    const size = (L + 1) * L;
    this.reserve(n);
    const { emission, transition, allowedPairs, parts } = this;
    for (let i = 0; i < n; i++) {
      dense.score(nerTokenFeatures(context, i, dense.keys));
      emission.set(dense.scores, i * L);
      const t = i * size;
      for (let x = 0; x < allowedPairs.length; x++) transition[t + allowedPairs[x]!] = 0;
      const count = nerLabelParts(context, i, parts);
      for (let part = 0; part < count; part++) {
        const matrix = this.exactPairMatrix(parts[2 * part]!, parts[2 * part + 1]!, dense);
        if (matrix === NO_EXACT_SCORES) continue;
        for (let x = 0; x < allowedPairs.length; x++) transition[t + allowedPairs[x]!]! += matrix[allowedPairs[x]!]!;
      }
    }
  }

  /** pairMatrix in exact integer scores. */
  private exactPairMatrix(template: number, value: number, dense: DenseScorer): Int32Array {
    let byValue = this.exactPairScores.get(template);
    if (!byValue) this.exactPairScores.set(template, (byValue = new Map()));
    let matrix = byValue.get(value);
    if (matrix) return matrix;
    if (this.cachedExactPairs >= MAX_CACHED_PAIRS) {
      this.exactPairScores.clear();
      this.exactPairScores.set(template, (byValue = new Map()));
      this.cachedExactPairs = 0;
    }
    const L = this.labelCount;
    matrix = new Int32Array((L + 1) * L);
    for (let p = -1; p < L; p++) {
      dense.keys[0] = labelFeatureKey(template, p, value);
      dense.score(1);
      matrix.set(dense.scores, (p + 1) * L);
    }
    if (matrix.every((x) => x === 0)) matrix = NO_EXACT_SCORES;
    else this.cachedExactPairs++;
    byValue.set(value, matrix);
    return matrix;
  }

  /** The scores of one (template, value) pair after each previous label, computed once. */
  private pairMatrix(template: number, value: number, score: FeatureScorer): Float64Array {
    let byValue = this.pairScores.get(template);
    if (!byValue) this.pairScores.set(template, (byValue = new Map()));
    let matrix = byValue.get(value);
    if (matrix) return matrix;
    if (this.cachedPairs >= MAX_CACHED_PAIRS) {
      this.pairScores.clear();
      this.pairScores.set(template, (byValue = new Map()));
      this.cachedPairs = 0;
    }
    const L = this.labelCount;
    matrix = new Float64Array((L + 1) * L);
    for (let p = -1; p < L; p++) {
      this.labelKeys[0] = labelFeatureKey(template, p, value);
      score(this.labelKeys, 1, this.scores);
      matrix.set(this.scores, (p + 1) * L);
    }
    if (matrix.every((x) => x === 0)) matrix = NO_SCORES;
    else this.cachedPairs++;
    byValue.set(value, matrix);
    return matrix;
  }
}
