import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/paths.ts';
import { SEEDS, runCli, tempDir } from '../../helpers/workspace.ts';

const SUMMARY = /^read (\d+), new (\d+), updated (\d+), unchanged (\d+), failed (\d+)(?:, entities \d+, stories \d+)? \(.+\)$/m;

function summaryOf(stdout: string): number[] {
  const match = SUMMARY.exec(stdout);
  if (!match) throw new Error(`no summary line in: ${stdout}`);
  return match.slice(1).map(Number);
}

describe('kroniek --help', () => {
  it('lists the commands and the --db default', () => {
    const { stdout, status } = runCli(['--help']);
    expect(status).toBe(0);
    for (const command of ['ingest', 'search', 'export']) expect(stdout).toContain(command);
    expect(stdout).toContain('./kroniek.db');
  });

  it.each(['ingest', 'search', 'export'])('explains %s', (command) => {
    const { stdout, status } = runCli([command, '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain(`Usage: kroniek ${command}`);
    expect(stdout).toContain('--db <file>');
  });
});

describe('kroniek ingest', () => {
  it('ingests the seeds, prints one summary line and no progress bar when not on a terminal', () => {
    const db = join(tempDir(), 'k.db');
    const first = runCli(['ingest', SEEDS, '--db', db]);
    expect(first.status).toBe(0);
    expect(summaryOf(first.stdout)).toEqual([5, 5, 0, 0, 0]);
    expect(first.stdout.trim().split('\n')).toHaveLength(1);
    expect(first.stderr).toBe('');
    expect(summaryOf(runCli(['ingest', SEEDS, '--db', db]).stdout)).toEqual([5, 0, 0, 5, 0]);
  });

  it('reads standard input with -', () => {
    const db = join(tempDir(), 'k.db');
    const input = readFileSync(join(SEEDS, '002_a2986bd07e8c5182.txt'), 'utf8');
    const result = runCli(['ingest', '-', '--db', db], { input });
    expect(summaryOf(result.stdout)).toEqual([1, 1, 0, 0, 0]);
    const search = runCli(['search', 'vrachtwagenfabriek', '--db', db, '--json']);
    expect(JSON.parse(search.stdout)[0].title).toBe('Wit-Russische leider Loekasjenko klopt aan bij Poetin');
  });

  it('streams JSONL from standard input', () => {
    const db = join(tempDir(), 'k.db');
    const input = readFileSync(join(FIXTURES, 'jsonl-broken-line/source.jsonl'), 'utf8');
    const result = runCli(['ingest', '-', '--db', db], { input });
    expect(summaryOf(result.stdout)).toEqual([3, 3, 0, 0, 4]);
    expect(result.stderr).toContain('failed: -:2: broken JSON');
  });

  it('reports each bad input by file and line, stores the rest, and exits 1', () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(join(inputs, 'nested'), { recursive: true });
    copyFileSync(join(SEEDS, '001_fcec125009fbde04.txt'), join(inputs, 'nested/good.txt'));
    copyFileSync(join(FIXTURES, 'jsonl-broken-line/source.jsonl'), join(inputs, 'feed.jsonl'));
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'blank.txt'), '  \n\n ');
    writeFileSync(join(inputs, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(join(inputs, 'broken.xml'), '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Kapot</titel></item>\n</channel></rss>');
    writeFileSync(join(inputs, 'huge.html'), '');
    truncateSync(join(inputs, 'huge.html'), 21 * 1024 * 1024);
    const db = join(dir, 'k.db');
    const missing = join(dir, 'no-such-folder');

    const result = runCli(['ingest', inputs, missing, '--db', db]);
    expect(result.status).toBe(1);
    expect(summaryOf(result.stdout)).toEqual([4, 4, 0, 0, 10]);
    const errors = result.stderr;
    expect(errors).toContain(`failed: ${join(inputs, 'empty.txt')}: the file is empty`);
    expect(errors).toContain(`failed: ${join(inputs, 'blank.txt')}: the input holds only white space`);
    expect(errors).toContain(`failed: ${join(inputs, 'image.txt')}: this is a binary file, not text`);
    expect(errors).toMatch(new RegExp(`failed: ${join(inputs, 'broken.xml')}:3: broken XML: .*titel`));
    expect(errors).toMatch(new RegExp(`failed: ${join(inputs, 'huge.html')}: the file is 22020096 bytes; the limit is \\d+`));
    expect(errors).toContain(`failed: ${join(inputs, 'feed.jsonl')}:2: broken JSON`);
    expect(errors).toContain(`failed: ${join(inputs, 'feed.jsonl')}:4: the record has no "text" or "html" field`);
    expect(errors).toContain(`failed: ${missing}: no such file or folder`);

    const stored = new Database(db, { readonly: true });
    expect(stored.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 4 });
    stored.close();
  });

  it('names a path that is neither a file nor a folder', () => {
    const result = runCli(['ingest', '/dev/null', '--db', join(tempDir(), 'k.db')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('failed: /dev/null: not a regular file or folder');
  });

  it('leaves stored documents alone when a later ingest fails', () => {
    const dir = tempDir();
    const db = join(dir, 'k.db');
    runCli(['ingest', SEEDS, '--db', db]);
    const before = runCli(['export', '--db', db]).stdout;
    writeFileSync(join(dir, 'bad.jsonl'), '{"id": 1, "text": \n');
    expect(runCli(['ingest', join(dir, 'bad.jsonl'), '--db', db]).status).toBe(1);
    expect(runCli(['export', '--db', db]).stdout).toBe(before);
  });
});

describe('kroniek search', () => {
  const db = join(tempDir(), 'search.db');
  runCli(['ingest', SEEDS, '--db', db]);

  it('prints ranked results with highlighted snippets', () => {
    const { stdout, status } = runCli(['search', 'protesten', '--db', db, '--limit', '2']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^1\. /m);
    expect(stdout).toMatch(/^2\. /m);
    expect(stdout).not.toMatch(/^3\. /m);
    expect(stdout).toMatch(/\[protest(en)?\]/i);
  });

  it('filters by date and prints JSON', () => {
    const hits = JSON.parse(runCli(['search', 'Poetin', '--db', db, '--from', '2021-11', '--json']).stdout);
    expect(hits).toHaveLength(1);
    expect(hits[0].published).toEqual({ value: '2021-11', precision: 'month' });
  });

  it('explains a malformed query or option instead of crashing', () => {
    const quote = runCli(['search', '"Poetin', '--db', db]);
    expect(quote.status).toBe(2);
    expect(quote.stderr).toBe('kroniek: unclosed quote at position 1\n');
    const date = runCli(['search', 'Poetin', '--db', db, '--from', 'gisteren']);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('--from takes a date like 2021');
    const limit = runCli(['search', 'Poetin', '--db', db, '--limit', '0']);
    expect(limit.stderr).toContain('--limit takes a whole number');
  });

  it('says so when there is no database', () => {
    const result = runCli(['search', 'Poetin', '--db', join(tempDir(), 'none.db')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no database here');
  });
});

describe('kroniek stats', () => {
  it('summarises the seed corpus', () => {
    const db = join(tempDir(), 'stats.db');
    runCli(['ingest', SEEDS, '--db', db]);
    const stats = JSON.parse(runCli(['stats', '--db', db, '--json']).stdout);
    expect(stats).toEqual({
      documents: 5,
      sources: 5,
      byFormat: { seed: 5 },
      dates: { first: '2020-08-01', last: '2021-11-30' },
      undated: 0,
      removalsByReason: { 'consent-notice': 3, 'correction-prompt': 1, 'photo-credit': 1, 'read-also': 1, 'repeated-content': 1 },
      segmentsByLanguage: { en: 1 },
    });
    expect(runCli(['stats', '--db', db]).stdout).toContain('5 documents from 5 sources');
  });
});
