import type { SpawnSyncReturns } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/workspace.ts';
import { CONLLU_SAMPLE } from '../syntax/conllu-sample.ts';

/** Real Dutch from the seeds, with an English paragraph (seed 002's tweet) in between. */
const TEXT = [
  'Ik zie dat Poetin hem steunt. Loekasjenko erkent het in een interview met de BBC.',
  'In #Minsk, #Belarus, thousands turned up near Pushkinskaya metro station to commemorate the protester Aliaksandr Taraykouski.',
  '‘Misschien heeft iemand hen geholpen. Maar ik zal dat niet eens onderzoeken.’',
].join('\n\n');
const ENGLISH_START = TEXT.indexOf('In #Minsk');
const ENGLISH_END = TEXT.indexOf('‘Misschien');

interface TokenLine {
  readonly columns: string[];
  readonly start: number;
  readonly end: number;
}

function tokenLines(conllu: string): TokenLine[] {
  return conllu
    .split('\n')
    .filter((line) => /^\d/.test(line))
    .map((line) => {
      const columns = line.split('\t');
      const [, start, end] = /TokenRange=(\d+):(\d+)/.exec(columns[9]!)!.map(Number);
      return { columns, start: start!, end: end! };
    });
}

describe('kroniek analyze', () => {
  let dir: string;
  let file: string;
  let result: SpawnSyncReturns<string>;
  beforeAll(() => {
    dir = tempDir();
    file = join(dir, 'article.txt');
    writeFileSync(file, TEXT);
    result = runCli(['analyze', file]);
  });

  it('prints CoNLL-U: sentences with their text, ten columns a token, offsets in TokenRange', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const texts = result.stdout.split('\n').filter((line) => line.startsWith('# text = ')).map((line) => line.slice(9));
    expect(texts).toEqual([
      'Ik zie dat Poetin hem steunt.',
      'Loekasjenko erkent het in een interview met de BBC.',
      'In #Minsk, #Belarus, thousands turned up near Pushkinskaya metro station to commemorate the protester Aliaksandr Taraykouski.',
      '‘Misschien heeft iemand hen geholpen.',
      'Maar ik zal dat niet eens onderzoeken.’',
    ]);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('# sent_id = ')).map((line) => line.slice(12))).toEqual(['1', '2', '3', '4', '5']);
    const lines = tokenLines(result.stdout);
    expect(lines.map((line) => TEXT.slice(line.start, line.end)).join('')).toBe(TEXT.replace(/\s+/g, ''));
    for (const { columns, start, end } of lines) {
      expect(columns).toHaveLength(10);
      expect(columns[1]).toBe(TEXT.slice(start, end));
      expect(columns[9]!.includes('SpaceAfter=No')).toBe(end < TEXT.length && !/\s/.test(TEXT[end]!));
    }
  });

  it('analyses the Dutch sentences (punctuation as PUNCT, heads inside the sentence) and only tokenises the English one', () => {
    for (const block of result.stdout.trim().split('\n\n')) {
      const lines = tokenLines(block);
      const english = lines[0]!.start >= ENGLISH_START && lines[0]!.end <= ENGLISH_END;
      for (const { columns } of lines) {
        if (english) {
          expect(columns[9]!.startsWith('Lang=en|')).toBe(true);
          expect(columns.slice(2, 9)).toEqual(Array(7).fill('_'));
          continue;
        }
        expect(columns[9]).not.toContain('Lang=');
        expect(Number(columns[6])).toBeGreaterThanOrEqual(0);
        expect(Number(columns[6])).toBeLessThanOrEqual(lines.length);
        expect(columns[6]).not.toBe(columns[0]);
        if (/^[.,]$/.test(columns[1]!)) expect(columns[3]).toBe('PUNCT');
      }
    }
  });

  it('reads standard input and prints the same analysis as JSON', () => {
    const json = runCli(['analyze', '-', '--format', 'json'], { input: TEXT });
    expect(json.status).toBe(0);
    const record = JSON.parse(json.stdout) as { producer: string; sentences: { language?: string; tokens: { id: number; form: string; start: number; end: number; upos?: string; head?: number }[] }[] };
    expect(record.producer).toMatch(/\S/);
    const fromConllu = tokenLines(result.stdout).map(({ columns, start, end }) => [columns[0], columns[1], start, end, columns[3], columns[6]]);
    const fromJson = record.sentences.flatMap((sentence) => sentence.tokens.map((t) => [String(t.id), t.form, t.start, t.end, t.upos ?? '_', t.head === undefined ? '_' : String(t.head)]));
    expect(fromJson).toEqual(fromConllu);
    expect(record.sentences.map((sentence) => sentence.language ?? null)).toEqual([null, null, 'en', null, null]);
  });

  it('names a file it cannot read', () => {
    const missing = runCli(['analyze', join(dir, 'missing.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`kroniek: ${join(dir, 'missing.txt')}: no such file\n`);
  });
});

describe('kroniek parse', () => {
  let dir: string;
  let gold: string;
  let out: string;
  let result: SpawnSyncReturns<string>;
  beforeAll(() => {
    dir = tempDir();
    gold = join(dir, 'gold.conllu');
    out = join(dir, 'predicted.conllu');
    writeFileSync(gold, CONLLU_SAMPLE);
    result = runCli(['parse', '--conllu', gold]);
  });

  it('writes the gold tokens back with predicted columns: same lines, same comments, ten columns, valid heads', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const goldLines = CONLLU_SAMPLE.split('\n');
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(goldLines.length);
    let sentenceLength = 0;
    lines.forEach((line, i) => {
      const original = goldLines[i]!;
      if (original === '') sentenceLength = 0;
      if (original.startsWith('#') || original === '' || /^\d+[-.]/.test(original)) {
        expect(line).toBe(original);
        return;
      }
      sentenceLength = sentenceLength || goldLines.slice(i).findIndex((next) => next === '');
      const columns = line.split('\t');
      const expected = original.split('\t');
      expect(columns).toHaveLength(10);
      expect([columns[0], columns[1], columns[9]]).toEqual([expected[0], expected[1], expected[9]]);
      expect(columns[8]).toBe('_');
      for (const column of [2, 3, 4, 5, 7]) expect(columns[column]).toMatch(/^\S+$/);
      expect(columns[6]).toMatch(/^\d+$/);
      expect(Number(columns[6])).toBeLessThanOrEqual(sentenceLength);
      if (columns[1] === '.') expect(columns[3]).toBe('PUNCT');
    });
  });

  it('writes to --out', () => {
    const toFile = runCli(['parse', '--conllu', gold, '--out', out]);
    expect(toFile.status).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(result.stdout);
  });

  it('names the file and line of a broken CoNLL-U line', () => {
    const broken = join(dir, 'broken.conllu');
    writeFileSync(broken, CONLLU_SAMPLE.replace('3\tdat\tdat', '3\tdat'));
    const failed = runCli(['parse', '--conllu', broken]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe(`kroniek: ${broken}:7: a CoNLL-U token line has 10 tab-separated columns, this one 9\n`);
  });
});

describe('the analyze and parse commands', () => {
  it('explain themselves, and parse needs --conllu', () => {
    const help = runCli(['--help']).stdout;
    expect(help).toMatch(/analyze \[options\] \[file\]/);
    expect(help).toMatch(/parse \[options\]/);
    const analyze = runCli(['analyze', '--help']).stdout;
    expect(analyze).toContain('Usage: kroniek analyze [options] [file]');
    expect(analyze).toContain('TokenRange');
    const bare = runCli(['parse']);
    expect(bare.status).not.toBe(0);
    expect(bare.stderr).toContain("required option '--conllu <file>' not specified");
  });
});
