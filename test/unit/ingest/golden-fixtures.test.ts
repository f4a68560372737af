import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCases, goldenOutput, type GoldenOutput } from '../../helpers/golden.ts';
import { FIXTURES } from '../../helpers/paths.ts';

// One folder per case under test/fixtures/: source.* in, expected.txt and expected.json out.
// Regenerate with `npm run fixtures:update` and review the diff.
describe.each(fixtureCases(FIXTURES).map((fixture) => [fixture.name, fixture] as const))('fixture %s', (_name, fixture) => {
  const expectedText = readFileSync(join(fixture.dir, 'expected.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(fixture.dir, 'expected.json'), 'utf8')) as GoldenOutput['json'];
  let actual: GoldenOutput;

  it('reads the input', async () => {
    actual = await goldenOutput(fixture.source, fixture.dir);
    expect(actual.json.documents.length).toBe(expected.documents.length);
  });

  it('cleans to the expected text', () => {
    expect(actual.text).toBe(expectedText);
  });

  it('reports the expected failures', () => {
    expect(actual.json.failures).toEqual(expected.failures);
  });

  for (const field of ['source', 'format', 'url', 'title', 'published', 'removed', 'segments'] as const) {
    it(`keeps the expected ${field}`, () => {
      expect(actual.json.documents.map((document) => document[field])).toEqual(
        expected.documents.map((document) => document[field]),
      );
    });
  }
});
