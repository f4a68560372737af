import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/paths.ts';
import { fixtureCases } from '../../helpers/golden.ts';
import { validateExport, validateExportLine } from '../../helpers/export-schema.ts';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import { SEEDS, runCli, tempDir } from '../../helpers/workspace.ts';

interface ExportedDocument {
  readonly text: string;
  readonly [layer: string]: unknown;
}

interface ExportedSentence {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
}

interface ExportedToken {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly language?: string;
  readonly upos?: string;
  readonly xpos?: string;
  readonly feats?: string;
  readonly lemma?: string;
  readonly head?: number | null;
  readonly deprel?: string;
}

let db: string;
let dir: string;
let exported: ExportedDocument[];
beforeAll(async () => {
  dir = tempDir();
  db = join(dir, 'export.db');
  const sources = fixtureCases(FIXTURES).map((fixture) => fixture.source);
  const ingested = runCli(['ingest', SEEDS, ...sources, '--db', db]);
  expect(ingested.stdout).toMatch(/^read \d+, new \d+/);
  exported = (JSON.parse(runCli(['export', '--db', db]).stdout) as { documents: ExportedDocument[] }).documents;
});

describe('kroniek export', () => {
  it('writes JSON that the committed schema accepts', async () => {
    const out = join(dir, 'corpus.json');
    const result = runCli(['export', '--db', db, '--out', out]);
    expect(result.status).toBe(0);
    const corpus = JSON.parse(readFileSync(out, 'utf8')) as { documents: ExportedDocument[] };
    expect(validateExport(corpus), JSON.stringify(validateExport.errors)).toBe(true);
    expect((corpus as unknown as { conflicts: { about: string; figures: unknown[] }[] }).conflicts.some((c) => c.figures.length >= 2)).toBe(true);
    expect((corpus as unknown as { stories: unknown[] }).stories.length).toBeGreaterThan(0);
    expect((corpus as unknown as { entities: unknown[] }).entities.length).toBeGreaterThan(10);
    expect(corpus.documents.length).toBeGreaterThanOrEqual(17);
  });

  it('writes JSONL, one schema-valid record a line, the same documents as JSON', async () => {
    const lines = runCli(['export', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n');
    const records = lines.map((line) => JSON.parse(line) as { document?: ExportedDocument; entity?: unknown });
    for (const record of records) expect(validateExportLine(record), JSON.stringify(validateExportLine.errors)).toBe(true);
    expect(records.flatMap((record) => (record.document ? [record.document] : []))).toEqual(exported);
    expect(records.some((record) => record.entity)).toBe(true);
  });

  it('keeps every span inside its document text', async () => {
    for (const document of exported) {
      for (const [name, value] of Object.entries(document)) {
        if (!Array.isArray(value) || name === 'removed') continue;
        for (const span of value as { start: number; end: number }[]) {
          expect(span.start).toBeLessThan(span.end);
          expect(span.end).toBeLessThanOrEqual(document.text.length);
        }
      }
    }
  });

  it('rejects a document that breaks the schema', async () => {
    const broken = { documents: [{ id: 'x', text: 1 }], entities: [], stories: [], conflicts: [] };
    expect(validateExport(broken)).toBe(false);
  });

  it('writes sentences and tokens for every document, with offsets, analysis and heads inside their sentence', async () => {
    let english = 0;
    for (const document of exported) {
      const sentences = document.sentences as ExportedSentence[];
      const tokens = document.tokens as ExportedToken[];
      expect(tokens.map((token) => document.text.slice(token.start, token.end)).join('')).toBe(document.text.replace(/\s+/g, ''));
      expect(sentences.at(-1)?.endToken ?? 0).toBe(tokens.length);
      tokens.forEach((token, index) => {
        const sentence = sentences[token.sentence]!;
        expect(index).toBeGreaterThanOrEqual(sentence.firstToken);
        expect(index).toBeLessThan(sentence.endToken);
        if (token.language) {
          english += 1;
          expect(Object.keys(token).sort()).toEqual(['end', 'language', 'producer', 'sentence', 'start']);
          return;
        }
        for (const field of ['upos', 'xpos', 'feats', 'lemma', 'deprel'] as const) expect(typeof token[field]).toBe('string');
        expect(token.head === null || sentences[tokens[token.head!]!.sentence] === sentence).toBe(true);
      });
    }
    expect(english).toBeGreaterThan(20); // the English tweet of seed 002
  });

  it('exports the layers exactly as the store holds them', async () => {
    const store = new SqliteStore(db);
    try {
      for (const document of exported) {
        const stored = (await store.getDocument(document.id as string))!;
        for (const name of ['segments', 'sentences', 'tokens']) expect(document[name], name).toEqual(stored.layers[name]);
      }
    } finally {
      await store.close();
    }
  });

  it.each([
    ['a token with both an analysis and a language', (token: Record<string, unknown>) => ({ ...token, language: 'en' })],
    ['a Dutch token without its head', ({ head: _, ...token }: Record<string, unknown>) => token],
    ['a token whose head is not an index', (token: Record<string, unknown>) => ({ ...token, head: 'erkent' })],
    ['a token without its sentence', ({ sentence: _, ...token }: Record<string, unknown>) => token],
  ])('rejects %s', (_, change) => {
    const [document] = exported;
    const tokens = document!.tokens as Record<string, unknown>[];
    const corpus = { documents: [{ ...document, tokens: [change(tokens[0]!), ...tokens.slice(1)] }], entities: [], stories: [], conflicts: [] };
    expect(validateExport({ ...corpus, documents: [document] })).toBe(true);
    expect(validateExport(corpus)).toBe(false);
  });
});
