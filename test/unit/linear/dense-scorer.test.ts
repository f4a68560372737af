import { describe, expect, it } from 'vitest';
import { DenseScorer } from '../../../src/annotate/linear/dense-scorer.ts';
import { LinearModel } from '../../../src/annotate/linear/linear-model.ts';
import { seededRandom } from '../../../src/annotate/seeded-shuffle.ts';

/** A model of `features` features over `classes` classes, each with weights for a random subset. */
function randomModel(classes: number, features: number, seed: number): LinearModel {
  const random = seededRandom(seed);
  const keys = new Uint32Array(features);
  const rowStart = [0];
  const labels: number[] = [];
  const weights: number[] = [];
  for (let f = 0; f < features; f++) {
    keys[f] = (random() * 2 ** 32) >>> 0;
    for (let c = 0; c < classes; c++) {
      if (random() < 0.4) {
        labels.push(c);
        weights.push((random() - 0.5) * 20);
      }
    }
    rowStart.push(labels.length);
  }
  return LinearModel.fromRows(classes, keys, Int32Array.from(rowStart), Uint16Array.from(labels), Float32Array.from(weights));
}

describe('DenseScorer', () => {
  it('sums the same weights as the model, exactly, for known and unknown features', () => {
    for (const classes of [3, 8, 11, 76]) {
      const model = randomModel(classes, 500, classes);
      const scorer = DenseScorer.create(model, 64)!;
      expect(scorer).not.toBeNull();
      const integer = new Float64Array(classes);
      const scale = model.toStored().scale;
      const scores = new Float64Array(classes);
      const random = seededRandom(1);
      for (let trial = 0; trial < 200; trial++) {
        const count = 1 + Math.floor(random() * 64);
        for (let i = 0; i < count; i++) {
          scorer.keys[i] = random() < 0.2 ? (random() * 2 ** 32) >>> 0 : model.featureKeys[Math.floor(random() * 500)]!;
        }
        scorer.score(count);
        // The integer sums, from the model's own list of weights.
        integer.fill(0);
        const wanted = new Set(Array.from(scorer.keys.subarray(0, count)));
        const repeats = new Map<number, number>();
        for (const key of scorer.keys.subarray(0, count)) repeats.set(key, (repeats.get(key) ?? 0) + 1);
        model.forEachWeight((row, label, weight) => {
          const key = model.featureKeys[row]!;
          if (wanted.has(key)) integer[label]! += weight * repeats.get(key)!;
        });
        expect(Array.from(scorer.scores)).toEqual(Array.from(integer));
        model.score(scorer.keys, count, scores);
        for (let c = 0; c < classes; c++) expect(scorer.scores[c]! / scale).toBeCloseTo(scores[c]!, 9);
      }
    }
  });
});
