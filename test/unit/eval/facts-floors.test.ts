import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSettings } from '../../../src/config/settings.ts';
import { evaluateFacts, type FactsReport } from '../../../src/eval/facts/facts-eval.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';

/** Floors by gold folder, layer and measure (the names `kroniek eval facts` prints). */
type FactFloors = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, { precision?: number; recall?: number; f1?: number }>>>>>>;

const floors = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval/baseline.json'), 'utf8')) as { facts?: FactFloors }).facts ?? {};

describe.each(Object.entries(floors))('fact floors on eval/facts/%s', (folder, layers) => {
  let report: FactsReport;
  const reportOf = async (): Promise<FactsReport> => (report ??= await evaluateFacts(join(PROJECT_ROOT, 'eval/facts', folder), makeSettings()));

  describe.each(Object.entries(layers))('%s', (layer, measures) => {
    it.each(Object.entries(measures))('%s stays at or above its floor', async (measure, floor) => {
      const found = (await reportOf()).layers.find((l) => l.layer === layer)?.measures.find((m) => m.name === measure);
      expect(found, `${folder}: no measure "${measure}" for ${layer}`).toBeDefined();
      for (const key of ['precision', 'recall', 'f1'] as const) {
        const minimum = floor[key];
        if (minimum !== undefined) expect(found!.score[key], `${folder} ${layer} ${measure} ${key}`).toBeGreaterThanOrEqual(minimum);
      }
    }, 120_000);
  });
});
