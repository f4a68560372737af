// Regenerates expected.txt and expected.json of every golden fixture from the current code.
// Review the diff before committing: a fixture is a promise, never accepted blind.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../test/helpers/paths.ts';
import { fixtureCases, goldenOutput } from '../test/helpers/golden.ts';

for (const fixture of fixtureCases(FIXTURES)) {
  const output = await goldenOutput(fixture.source, fixture.dir);
  writeFileSync(join(fixture.dir, 'expected.txt'), output.text);
  writeFileSync(join(fixture.dir, 'expected.json'), `${JSON.stringify(output.json, null, 2)}\n`);
  console.log(`updated ${fixture.name}`);
}
