import { describe, expect, it } from 'vitest';
import { averageModels } from '../../../src/annotate/linear/average-models.ts';
import { LinearModel } from '../../../src/annotate/linear/linear-model.ts';

function model(keys: number[], rows: [number, number][][]): LinearModel {
  const rowStart = [0];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const row of rows) {
    for (const [label, weight] of row) {
      labels.push(label);
      weights.push(weight);
    }
    rowStart.push(weights.length);
  }
  return LinearModel.fromRows(3, Uint32Array.from(keys), Int32Array.from(rowStart), Uint16Array.from(labels), Float32Array.from(weights));
}

describe('averageModels', () => {
  it('scores every input with the mean of the models\' scores', () => {
    const a = model([7, 9], [[[0, 2], [1, -1]], [[2, 4]]]);
    const b = model([9, 11], [[[2, 2], [0, 1]], [[1, 3]]]);
    const mean = averageModels([a, b]);
    for (const keys of [[7], [9], [11], [7, 9, 11], [5]]) {
      const input = Uint32Array.from(keys);
      const [sa, sb, sm] = [new Float64Array(3), new Float64Array(3), new Float64Array(3)];
      a.score(input, input.length, sa);
      b.score(input, input.length, sb);
      mean.score(input, input.length, sm);
      sm.forEach((score, label) => expect(score).toBeCloseTo((sa[label]! + sb[label]!) / 2, 3));
    }
    expect(mean.size.features).toBe(3);
  });
});
