import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS, runCli, tempDir } from '../../helpers/workspace.ts';

let db: string;
beforeAll(() => {
  db = join(tempDir(), 'facts.db');
  expect(runCli(['ingest', SEEDS, '--db', db]).status).toBe(0);
});

interface FactRecord {
  readonly id: string;
  readonly quotes: { text: string; speaker: { text: string; entity: string | null } | null; sentence: string }[];
  readonly figures: { text: string; value: number }[];
  readonly timexes: { text: string; value: string; precision: string }[];
}

describe('kroniek facts and kroniek conflicts', () => {
  it("shows a search hit's quotes with their speaker entity, figures and timexes, each with its sentence", () => {
    const result = runCli(['facts', 'Slaven troepen', '--limit', '1', '--json', '--db', db]);
    expect(result.status).toBe(0);
    const [record] = JSON.parse(result.stdout) as FactRecord[];
    const slaven = record!.quotes.find((q) => q.text.includes('Wij zijn Slaven'))!;
    expect(slaven.speaker!.text).toBe('Loekasjenko');
    expect(slaven.speaker!.entity).toMatch(/^e[0-9a-f]+$/);
    expect(slaven.sentence).toContain('zei Loekasjenko aan de BBC');
    expect(record!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([7, 10]));
    const text = runCli(['facts', record!.id, '--db', db]).stdout;
    expect(text).toMatch(/Quotes \(\d+\)/);
    expect(text).toContain('zeker zeven');
  });

  it("lists seed 001's two death tolls as a conflict, both sources' sentences beside each other", () => {
    const conflicts = JSON.parse(runCli(['conflicts', '--json', '--db', db]).stdout) as { about: string; figures: { text: string; sentence: string }[] }[];
    const deaths = conflicts.find((c) => c.figures.some((f) => f.text === 'zeker zeven'))!;
    expect(deaths.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['zeker zeven', 'zeker tien']));
    expect(deaths.figures.every((f) => f.sentence.length > 20)).toBe(true);
  });
});
