import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/paths.ts';
import { fixtureCases } from '../../helpers/golden.ts';
import { validateExport, validateExportLine } from '../../helpers/export-schema.ts';
import { SEEDS, runCli, tempDir } from '../../helpers/workspace.ts';

interface ExportedDocument {
  readonly text: string;
  readonly [layer: string]: unknown;
}

let db: string;
let dir: string;
beforeAll(() => {
  dir = tempDir();
  db = join(dir, 'export.db');
  const sources = fixtureCases(FIXTURES).map((fixture) => fixture.source);
  const ingested = runCli(['ingest', SEEDS, ...sources, '--db', db]);
  expect(ingested.stdout).toMatch(/^read \d+, new \d+/);
});

describe('kroniek export', () => {
  it('writes JSON that the committed schema accepts', () => {
    const out = join(dir, 'corpus.json');
    const result = runCli(['export', '--db', db, '--out', out]);
    expect(result.status).toBe(0);
    const corpus = JSON.parse(readFileSync(out, 'utf8')) as { documents: ExportedDocument[] };
    expect(validateExport(corpus), JSON.stringify(validateExport.errors)).toBe(true);
    expect(corpus).toMatchObject({ entities: [], stories: [], conflicts: [] });
    expect(corpus.documents.length).toBeGreaterThanOrEqual(17);
  });

  it('writes JSONL, one schema-valid record a line, the same documents as JSON', () => {
    const lines = runCli(['export', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n');
    const json = JSON.parse(runCli(['export', '--db', db]).stdout) as { documents: ExportedDocument[] };
    const records = lines.map((line) => JSON.parse(line) as { document: ExportedDocument });
    for (const record of records) expect(validateExportLine(record), JSON.stringify(validateExportLine.errors)).toBe(true);
    expect(records.map((record) => record.document)).toEqual(json.documents);
  });

  it('keeps every span inside its document text', () => {
    const { documents } = JSON.parse(runCli(['export', '--db', db]).stdout) as { documents: ExportedDocument[] };
    for (const document of documents) {
      for (const [name, value] of Object.entries(document)) {
        if (!Array.isArray(value) || name === 'removed') continue;
        for (const span of value as { start: number; end: number }[]) {
          expect(span.start).toBeLessThan(span.end);
          expect(span.end).toBeLessThanOrEqual(document.text.length);
        }
      }
    }
  });

  it('rejects a document that breaks the schema', () => {
    const broken = { documents: [{ id: 'x', text: 1 }], entities: [], stories: [], conflicts: [] };
    expect(validateExport(broken)).toBe(false);
  });
});
