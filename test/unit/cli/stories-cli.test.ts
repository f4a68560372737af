import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS, runCli, tempDir } from '../../helpers/workspace.ts';

interface ListedStory {
  readonly id: string;
  readonly label: string;
  readonly documents: string[];
  readonly first: string | null;
  readonly last: string | null;
}

let db: string;
beforeAll(() => {
  const dir = tempDir();
  db = join(dir, 'stories.db');
  // Seed 004 as another outlet's copy: a new first line, one sentence rewritten.
  const seed = readdirSync(SEEDS).find((name) => name.startsWith('004'))!;
  const copy = readFileSync(join(SEEDS, seed), 'utf8').replace(' date 2020-09 ', ' date 2020-09 Lees ook: Protesten in Minsk gaan door\n\n').replace('meldt het Kremlin.', 'zo laat het Kremlin weten.');
  writeFileSync(join(dir, 'copy.txt'), copy);
  const ingest = runCli(['ingest', SEEDS, join(dir, 'copy.txt'), '--db', db]);
  expect(ingest.stdout).toMatch(/failed 0, entities \d+, stories 2 \(/);
});

function stories(): ListedStory[] {
  return JSON.parse(runCli(['stories', '--json', '--db', db]).stdout) as ListedStory[];
}

describe('kroniek stories, story, timeline and duplicates', () => {
  it('lists the two seed stories with month spans, the 2020 one holding the copy', () => {
    const [big, small] = stories();
    expect(big!.documents).toHaveLength(4);
    expect([big!.first, big!.last]).toEqual(['2020-08-01', '2020-09-30']);
    expect(small!.documents).toHaveLength(2);
    expect([small!.first, small!.last]).toEqual(['2021-11-01', '2021-11-30']);
    expect(small!.label).toMatch(/Loekasjenko/);
  });

  it('shows one story with its timeline, month-only dates as the whole month', () => {
    const id = stories()[1]!.id;
    const result = runCli(['story', id, '--db', db]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2021-11-01..2021-11-30  article');
    const record = JSON.parse(runCli(['story', id, '--json', '--db', db]).stdout) as { timeline: { kind: string; first: string; last: string; precision: string }[] };
    const articles = record.timeline.filter((e) => e.kind === 'article');
    expect(articles.every((e) => e.first === '2021-11-01' && e.last === '2021-11-30')).toBe(true);
    // Events carry their own time; one known only to the month is never shrunk to its first day.
    expect(record.timeline.some((e) => e.kind === 'event')).toBe(true);
    expect(record.timeline.filter((e) => e.precision === 'month').every((e) => e.first.endsWith('-01') && e.last !== e.first)).toBe(true);
  });

  it('lays out an entity across both stories, found by another spelling', () => {
    const entries = JSON.parse(runCli(['timeline', '--entity', 'Lukashenko', '--json', '--db', db]).stdout) as { first: string; kind: string }[];
    const articles = entries.filter((e) => e.kind === 'article').map((e) => e.first);
    expect(articles[0]).toBe('2020-08-01');
    expect(articles.at(-1)).toBe('2021-11-01');
  });

  it('links the copy to seed 004 as a near-duplicate', () => {
    const pairs = JSON.parse(runCli(['duplicates', '--json', '--db', db]).stdout) as { similarity: number }[];
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.similarity).toBeGreaterThan(0.8);
  });

  it('says so for an unknown story, and asks for exactly one of --story and --entity', () => {
    expect(runCli(['story', 'sdeadbeef', '--db', db]).stderr).toContain('no story has the id "sdeadbeef"');
    expect(runCli(['timeline', '--db', db]).status).toBe(2);
  });

  it('keeps the same stories when the same articles are ingested again', () => {
    const before = stories();
    expect(runCli(['ingest', SEEDS, '--db', db]).stdout).toContain('unchanged 5');
    expect(stories()).toEqual(before);
  });
});
