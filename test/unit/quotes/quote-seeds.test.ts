import { describe, expect, it } from 'vitest';
import { makeSettings } from '../../../src/config/settings.ts';
import { evaluateFacts } from '../../../src/eval/facts/facts-eval.ts';
import { quoteScorer } from '../../../src/eval/facts/quote-scorer.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';
import { join } from 'node:path';

describe('quotes on the seeds (eval/facts/seeds/quotes.tsv)', () => {
  it('finds every quote of the seeds with its speaker, kind and cue, and nothing else', async () => {
    const report = await evaluateFacts(join(PROJECT_ROOT, 'eval/facts/seeds'), makeSettings({ workers: 0 }), [quoteScorer]);
    const [layer] = report.layers;
    expect(layer!.errors).toEqual([]);
    for (const { name, score } of layer!.measures) {
      expect(score.gold, name).toBe(37);
      expect([score.precision, score.recall], name).toEqual([1, 1]);
    }
  });
});
