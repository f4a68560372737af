import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreClusters } from '../../../src/eval/coref-scores.ts';
import { evaluateEntityMerging } from '../../../src/eval/meantime-entities.ts';
import { MEANTIME_DIR, meantimeDir } from '../../helpers/meantime-data.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';
import { runCli } from '../../helpers/workspace.ts';

interface EntityFloor {
  readonly bcubedPrecision: number;
  readonly bcubedF1: number;
  readonly mucF1: number;
}

const floors = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval/baseline.json'), 'utf8')) as { entities: Record<string, EntityFloor> }).entities;

describe('B-cubed and MUC', () => {
  it('score a known clustering', () => {
    // Gold {0,1,2} {3,4}; system {0,1} {2,3,4}.
    const score = scoreClusters(['a', 'a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y', 'y']);
    expect(score.bcubed.precision).toBeCloseTo((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5, 10);
    expect(score.bcubed.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5, 10);
    expect(score.muc.precision).toBeCloseTo(2 / 3, 10);
    expect(score.muc.recall).toBeCloseTo(2 / 3, 10);
    expect(scoreClusters(['a', 'a', 'b'], ['x', 'x', 'y']).bcubed.f1).toBe(1);
  });
});

describe.each(Object.entries(floors))('entity merging floor on %s', (_, floor) => {
  const dir = meantimeDir();
  if (!dir) console.warn(`skipped: MEANTIME is not in ${MEANTIME_DIR} (set KRONIEK_MEANTIME_DIR)`);

  it.skipIf(!dir)(`keeps B-cubed precision >= ${floor.bcubedPrecision}, B-cubed F1 >= ${floor.bcubedF1}, MUC F1 >= ${floor.mucF1}`, () => {
    const { kroniek, sameString } = evaluateEntityMerging(dir!);
    expect(kroniek.bcubed.precision).toBeGreaterThanOrEqual(floor.bcubedPrecision);
    expect(kroniek.bcubed.f1).toBeGreaterThanOrEqual(floor.bcubedF1);
    expect(kroniek.muc.f1).toBeGreaterThanOrEqual(floor.mucF1);
    expect(kroniek.bcubed.f1).toBeGreaterThan(sameString.bcubed.f1);
  });

  it.skipIf(!dir)('prints the same figures from the command line', () => {
    const { kroniek } = evaluateEntityMerging(dir!);
    const result = runCli(['eval', 'entities', dir!]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${(kroniek.bcubed.f1 * 100).toFixed(2)}%`);
    expect(result.stdout).toMatch(/same string \(trivial\)/);
  });
});
