import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentBuilder, defaultAnnotators } from '../../../src/annotate/document-builder.ts';
import { dayRange } from '../../../src/doc/published.ts';
import type { Document } from '../../../src/doc/types.ts';
import { makeSettings } from '../../../src/config/settings.ts';
import { ingest } from '../../../src/ingest/ingest.ts';
import { readInputs } from '../../../src/ingest/read-inputs.ts';
import { parseQuery } from '../../../src/search/query.ts';
import { MIGRATIONS } from '../../../src/store/sqlite/migrations.ts';
import { openDatabase, type SqliteDatabase } from '../../../src/store/sqlite/open-database.ts';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import { SEEDS, allDocuments, tempDir } from '../../helpers/workspace.ts';

const FOUNDATION = makeSettings({ workers: 0, languageCore: false });

/** Writes a document as Kroniek of schema 1 did: its row, its source, its index entry, and each
 * layer as a JSON array of spans (the layers table had no encoding column then). */
function writeSchemaOne(db: SqliteDatabase, document: Document, sourceKey: string): void {
  const range = document.published ? dayRange(document.published) : null;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO documents (id, source, format, url, title, published_value, published_precision, published_first,
         published_last, text, removed, content_hash, ingested_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-28T00:00:00Z', '2026-11-28T00:00:00Z')`,
    )
    .run(document.id, document.source, document.format, document.url, document.title, document.published?.value ?? null,
      document.published?.precision ?? null, range?.first ?? null, range?.last ?? null, document.text,
      JSON.stringify(document.removed), document.contentHash);
  db.prepare('INSERT INTO document_sources (source_key, document_id) VALUES (?, ?)').run(sourceKey, document.id);
  for (const [name, spans] of Object.entries(document.layers)) {
    db.prepare('INSERT INTO layers (document_id, name, spans) VALUES (?, ?, ?)').run(document.id, name, JSON.stringify(spans));
  }
  db.prepare('INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)').run(lastInsertRowid, document.title ?? '', document.text);
}

/** A schema 1 database holding the seeds with the foundation's layers, and those documents. */
async function schemaOneDatabase(): Promise<{ path: string; documents: Document[] }> {
  const path = join(tempDir(), 'schema-1.db');
  const db = openDatabase(path, MIGRATIONS.slice(0, 1));
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  const builder = await DocumentBuilder.create(FOUNDATION);
  const documents: Document[] = [];
  for await (const result of readInputs([SEEDS], FOUNDATION)) {
    if (result.kind === 'failure') throw new Error(result.message);
    const document = builder.build(result.article);
    writeSchemaOne(db, document, result.article.sourceKey);
    documents.push(document);
  }
  db.close();
  return { path, documents };
}

describe('a database of schema 1', () => {
  it('is migrated on opening, and every document reads back exactly as it was stored', async () => {
    const { path, documents } = await schemaOneDatabase();
    const store = new SqliteStore(path);
    for (const document of documents) expect(JSON.stringify(await store.getDocument(document.id))).toBe(JSON.stringify(document));
    expect((await store.stats()).segmentsByLanguage).toEqual({ en: 1 });
    expect(await store.search(parseQuery('vrachtwagenfabriek'), { limit: 5, snippetChars: 80 })).toHaveLength(1);
    await store.close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT DISTINCT encoding FROM layers').pluck().all()).toEqual(['rows']);
    db.close();
  });

  it('gains the language-core layers on re-ingest (updated once, in compact form), then stays unchanged', async () => {
    const { path, documents } = await schemaOneDatabase();
    const store = new SqliteStore(path);
    const settings = makeSettings({ workers: 0 });
    expect(await ingest([SEEDS], store, { settings })).toMatchObject({ read: 5, new: 0, updated: 5, unchanged: 0 });
    expect(await ingest([SEEDS], store, { settings })).toMatchObject({ read: 5, new: 0, updated: 0, unchanged: 5 });
    expect(await store.counts()).toEqual({ documents: 5, sources: 5 });
    const after = await allDocuments(store);
    expect(after.map((document) => document.id).sort()).toEqual(documents.map((document) => document.id).sort());
    for (const document of after) {
      expect(Object.keys(document.layers).sort()).toEqual(defaultAnnotators(settings).map((annotator) => annotator.layer).sort());
      const before = documents.find((old) => old.id === document.id)!;
      expect(document.text).toBe(before.text);
      expect(document.layers.segments).toEqual(before.layers.segments);
    }
    expect(await store.search(parseQuery('vrachtwagenfabriek'), { limit: 5, snippetChars: 80 })).toHaveLength(1);
    await store.close();
    const db = openDatabase(path);
    expect(db.prepare(`SELECT encoding FROM layers WHERE name = 'tokens'`).pluck().all()).toEqual(Array(5).fill('columns'));
    db.close();
  });

  it('is left as it was when a migration fails half-way', async () => {
    const { path, documents } = await schemaOneDatabase();
    const failing = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', sql: `ALTER TABLE layers ADD COLUMN extra TEXT; SELECT * FROM no_such_table;` }];
    expect(() => openDatabase(path, failing)).toThrow(/no_such_table/);
    const db = openDatabase(path, MIGRATIONS.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('layers')).toEqual(['document_id', 'name', 'spans']);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(documents.length);
    db.close();
  });

  it('is refused by an older Kroniek once migrated', async () => {
    const { path } = await schemaOneDatabase();
    await new SqliteStore(path).close();
    expect(() => openDatabase(path, MIGRATIONS.slice(0, 1))).toThrow(`made by a newer Kroniek (schema ${MIGRATIONS.at(-1)!.version}, this one knows 1)`);
  });
});
