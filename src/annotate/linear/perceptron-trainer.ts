import { FeatureIndex } from './feature-index.ts';
import { LinearModel } from './linear-model.ts';

/**
 * Trains a multi-class averaged perceptron (Collins 2002) over integer feature keys. A feature
 * gets its weight row on its first update, so features that never mattered cost nothing.
 * Averaging uses Daumé's trick: beside the weights `w` it keeps `u`, the sum of every update
 * times the step it happened at; the average after `c` steps is `w - u / c`.
 */
export class PerceptronTrainer {
  readonly index = new FeatureIndex();
  private weights: Float32Array;
  private updates: Float64Array;
  /** How many updates touched each feature: one seen in a single update is mostly noise. */
  private touched: Uint32Array;
  private step = 1;

  constructor(readonly classes: number) {
    this.weights = new Float32Array(classes * 1024);
    this.updates = new Float64Array(classes * 1024);
    this.touched = new Uint32Array(1024);
  }

  /** Adds the current (not averaged) weights of the features to `scores`, which it clears first. */
  score(keys: Uint32Array, count: number, scores: Float64Array): void {
    scores.fill(0);
    const classes = this.classes;
    for (let f = 0; f < count; f++) {
      const row = this.index.get(keys[f]!);
      if (row < 0) continue;
      const base = row * classes;
      for (let c = 0; c < classes; c++) scores[c]! += this.weights[base + c]!;
    }
  }

  /** Moves the weights of the features towards `truth` and away from `guess`, by `amount`. */
  update(keys: Uint32Array, count: number, truth: number, guess: number, amount = 1): void {
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      const row = this.rowOf(keys[f]!);
      this.touched[row]! += 1;
      const base = row * this.classes;
      this.change(base + truth, amount);
      this.change(base + guess, -amount);
    }
  }

  /** Moves the weight of each feature for one class (structured updates use this). */
  nudge(keys: Uint32Array, count: number, label: number, amount: number): void {
    for (let f = 0; f < count; f++) {
      const row = this.rowOf(keys[f]!);
      this.touched[row]! += 1;
      this.change(row * this.classes + label, amount);
    }
  }

  /** Marks the end of one training instance: averaging counts instances, not updates. */
  tick(): void {
    this.step += 1;
  }

  /**
   * The averaged model. Weights smaller than `minWeight` in magnitude are dropped, and features
   * touched by fewer than `minUpdates` updates: they hardly change a decision and make up most
   * of a model's size (and of its lookups that miss the cache).
   */
  finish(minWeight = 0, minUpdates = 1): LinearModel {
    const { keys, rows } = this.index.entries();
    const classes = this.classes;
    const kept: number[] = [];
    const rowStart: number[] = [0];
    const labels: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      if (this.touched[rows[i]!]! < minUpdates) continue;
      const base = rows[i]! * classes;
      const before = values.length;
      for (let c = 0; c < classes; c++) {
        const average = this.weights[base + c]! - this.updates[base + c]! / this.step;
        if (Math.abs(average) > minWeight) {
          labels.push(c);
          values.push(average);
        }
      }
      if (values.length > before) {
        kept.push(keys[i]!);
        rowStart.push(values.length);
      }
    }
    return LinearModel.fromRows(classes, Uint32Array.from(kept), Int32Array.from(rowStart), Uint16Array.from(labels), Float32Array.from(values));
  }

  private rowOf(key: number): number {
    const row = this.index.getOrAdd(key);
    if ((row + 1) * this.classes > this.weights.length) this.grow();
    if (row >= this.touched.length) {
      const touched = new Uint32Array(this.touched.length * 2);
      touched.set(this.touched);
      this.touched = touched;
    }
    return row;
  }

  private change(slot: number, amount: number): void {
    this.weights[slot]! += amount;
    this.updates[slot]! += this.step * amount;
  }

  private grow(): void {
    const weights = new Float32Array(this.weights.length * 2);
    weights.set(this.weights);
    const updates = new Float64Array(this.updates.length * 2);
    updates.set(this.updates);
    this.weights = weights;
    this.updates = updates;
  }
}
