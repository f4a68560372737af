import { describe, expect, it } from 'vitest';
import { withEntityPrior } from '../../../src/annotate/entities/ner-prior.ts';
import { LinearModel } from '../../../src/annotate/linear/linear-model.ts';

const LABELS = ['O', 'B-ORG', 'I-ORG', 'L-ORG', 'U-ORG', 'B-PER', 'I-PER', 'L-PER', 'U-PER'];
const BIAS = 7;
const WORD = 11;

function scores(model: LinearModel, keys: number[]): number[] {
  const out = new Float64Array(LABELS.length);
  model.score(Uint32Array.from(keys), keys.length, out);
  return Array.from(out, (x) => Math.round(x * 100) / 100);
}

describe('withEntityPrior', () => {
  // The bias feature has weights for O and U-PER; the word feature for B-ORG.
  const model = LinearModel.fromRows(LABELS.length, Uint32Array.from([BIAS, WORD]), Int32Array.from([0, 2, 3]), Uint16Array.from([0, 8, 1]), Float32Array.from([2, 1, 3]));

  it('adds the prior to the Begin and Unit labels of its type only, wherever the bias feature is', () => {
    const shifted = withEntityPrior(model, LABELS, BIAS, { ORG: 1.5 });
    expect(scores(shifted, [BIAS, WORD])).toEqual([2, 4.5, 0, 0, 1.5, 0, 0, 0, 1]);
    expect(scores(shifted, [WORD])).toEqual(scores(model, [WORD]));
  });

  it('adds a bias feature when the model has none, and leaves a model without prior as it is', () => {
    const noBias = LinearModel.fromRows(LABELS.length, Uint32Array.from([WORD]), Int32Array.from([0, 1]), Uint16Array.from([1]), Float32Array.from([3]));
    expect(scores(withEntityPrior(noBias, LABELS, BIAS, { PER: -1 }), [BIAS])).toEqual([0, 0, 0, 0, 0, -1, 0, 0, -1]);
    expect(withEntityPrior(model, LABELS, BIAS, {})).toBe(model);
  });
});
