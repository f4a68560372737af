import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSettings } from '../../../src/config/settings.ts';
import { evaluateStories } from '../../../src/eval/story-eval.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';

const floors = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval/baseline.json'), 'utf8')) as {
  stories: Record<string, { bcubedF1: number; duplicatesF1: number }>;
}).stories;

describe.each(Object.entries(floors))('story clustering floor on eval/stories/%s', (file, floor) => {
  it(`keeps B-cubed F1 >= ${floor.bcubedF1} and near-duplicate F1 >= ${floor.duplicatesF1}`, async () => {
    const result = await evaluateStories(join(PROJECT_ROOT, 'eval/stories', file), makeSettings());
    expect(result.stories.bcubed.f1).toBeGreaterThanOrEqual(floor.bcubedF1);
    expect(result.duplicates.f1).toBeGreaterThanOrEqual(floor.duplicatesF1);
    expect(result.stories.bcubed.f1).toBeGreaterThan(result.allTogether.bcubed.f1);
  }, 300_000);
});
