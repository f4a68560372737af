import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS, runCli, tempDir } from '../../helpers/workspace.ts';

let db: string;
beforeAll(() => {
  db = join(tempDir(), 'entities.db');
  expect(runCli(['ingest', SEEDS, '--db', db]).stdout).toMatch(/failed 0, entities \d+, stories \d+ \(/);
});

describe('kroniek entities and kroniek entity', () => {
  it('lists the people as JSON in the export format', () => {
    const result = runCli(['entities', '--type', 'PER', '--json', '--db', db]);
    expect(result.status).toBe(0);
    const people = JSON.parse(result.stdout) as { name: string; type: string; mention_count: number }[];
    expect(people.every((p) => p.type === 'PER')).toBe(true);
    expect(people[0]!.name).toBe('Aleksandr Loekasjenko');
  });

  it('lists every entity as a table', () => {
    const result = runCli(['entities', '--db', db]);
    expect(result.stdout).toMatch(/ORG .*Navo/);
    expect(result.stdout).toMatch(/\d+ entities\n$/);
  });

  it('shows one entity found by another spelling, with each mention in its sentence', () => {
    const result = runCli(['entity', 'lukashenko', '--db', db]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Aleksandr Loekasjenko  (PER');
    expect(result.stdout).toMatch(/^[0-9a-f]{16} \d+-\d+ {2}Loekaskeno: Er zou inmiddels/m);
  });

  it('says so when no entity has the name', () => {
    const result = runCli(['entity', 'Pietje Puk', '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no entity is called "Pietje Puk"');
  });
});
