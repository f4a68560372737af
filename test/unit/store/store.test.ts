import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentBuilder, defaultAnnotators } from '../../../src/annotate/document-builder.ts';
import { makeSettings } from '../../../src/config/settings.ts';
import { readInputs } from '../../../src/ingest/read-inputs.ts';
import { ingest } from '../../../src/ingest/ingest.ts';
import { parseQuery } from '../../../src/search/query.ts';
import { openStore } from '../../../src/store/open-store.ts';
import { STORE_BACKENDS, ingestIntoBackend } from '../../helpers/store-backends.ts';
import { SEEDS, allDocuments, tempDir } from '../../helpers/workspace.ts';

const SEED_002 = join(SEEDS, '002_a2986bd07e8c5182.txt');

// The same suite for both backends: the PostgreSQL run is skipped (with a message) only where
// no server can be started (test/helpers/postgres-server.ts).
describe.each(STORE_BACKENDS)('the $name store', (backend) => {
  if (!backend.available) return void it.skip('needs a PostgreSQL server');
  const ingestInto = async (paths: readonly string[]) => {
    const { store, summary, location } = await ingestIntoBackend(backend, paths);
    return { store, summary, dbPath: location };
  };

  it('ingests the same content twice and stores it once', async () => {
    const { store, dbPath, summary } = await ingestInto([SEEDS]);
    expect(summary).toMatchObject({ read: 5, new: 5, updated: 0, unchanged: 0 });
    // The library's ingest ends with the entities merged over what it stored.
    expect(await store.entities.isStale()).toBe(false);
    expect(summary.entities).toBe((await store.entities.list()).length);
    expect(summary.entities).toBeGreaterThan(20);
    const before = await allDocuments(store);
    const again = await ingest([SEEDS], store, { settings: makeSettings({ workers: 0 }) });
    expect(again).toMatchObject({ read: 5, new: 0, updated: 0, unchanged: 5 });
    expect(await allDocuments(store)).toEqual(before);
    await store.close();
    expect(await backend.select(dbPath, 'SELECT count(*) AS n FROM documents')).toEqual([{ n: 5 }]);
    const indexed = backend.name === 'SQLite' ? 'SELECT count(*) AS n FROM search_index' : 'SELECT count(*) AS n FROM documents WHERE search IS NOT NULL';
    expect(await backend.select(dbPath, indexed)).toEqual([{ n: 5 }]);
  });

  it('updates a changed file in place, keeping its id', async () => {
    const dir = tempDir();
    const file = join(dir, 'article.txt');
    copyFileSync(SEED_002, file);
    const { store } = await ingestInto([file]);
    const [original] = await allDocuments(store);
    writeFileSync(file, ' date 2020-08 Nieuwe kop\n\nLoekasjenko sprak vandaag met betogers in een fabriek in Minsk.');
    const summary = await ingest([file], store, { settings: makeSettings({ workers: 0 }) });
    expect(summary).toMatchObject({ read: 1, new: 0, updated: 1, unchanged: 0 });
    const [updated] = await allDocuments(store);
    expect(updated!.id).toBe(original!.id);
    expect(updated!.title).toBe('Nieuwe kop');
    expect(await store.search(parseQuery('fabriek'), { limit: 5, snippetChars: 100 })).toHaveLength(1);
    expect(await store.search(parseQuery('Poetin'), { limit: 5, snippetChars: 100 })).toHaveLength(0);
    await store.close();
  });

  it('records identical content from a second source without storing it twice', async () => {
    const dir = tempDir();
    copyFileSync(SEED_002, join(dir, 'copy-a.txt'));
    copyFileSync(SEED_002, join(dir, 'copy-b.txt'));
    const { store, summary } = await ingestInto([dir]);
    expect(summary).toMatchObject({ read: 2, new: 1, unchanged: 1 });
    expect(await store.counts()).toEqual({ documents: 1, sources: 2 });
    await store.close();
  });

  it('round-trips a document with its layers and removals', async () => {
    const { store } = await ingestInto([SEED_002]);
    const [document] = await allDocuments(store);
    expect(await store.getDocument(document!.id)).toEqual(document);
    expect(document!.layers.segments).toHaveLength(1);
    expect(document!.removed).toHaveLength(5);
    expect(await store.getDocument('no-such-id')).toBeNull();
    await store.close();
  });

  it('reads only the layers asked for, the rest of the document whole', async () => {
    const { store } = await ingestInto([SEED_002]);
    const [document] = await allDocuments(store);
    const partial = (await store.getDocument(document!.id, { layers: ['sentences', 'quotes', 'no-such-layer'] }))!;
    expect(Object.keys(partial.layers).sort()).toEqual(['quotes', 'sentences']);
    expect(partial.layers.sentences).toEqual(document!.layers.sentences);
    expect(partial.layers.quotes).toEqual(document!.layers.quotes);
    expect({ ...partial, layers: {} }).toEqual({ ...document, layers: {} });
    expect((await store.getDocument(document!.id, { layers: [] }))!.layers).toEqual({});
    await store.close();
  });

  it('stores every layer losslessly: a document reads back exactly as it was built, the big layers in compact form', async () => {
    const { store, dbPath } = await ingestInto([SEEDS]);
    const builder = await DocumentBuilder.create(makeSettings({ workers: 0 }));
    let read = 0;
    for await (const result of readInputs([SEEDS], makeSettings())) {
      if (result.kind === 'failure') throw new Error(result.message);
      const built = builder.build(result.article);
      const stored = (await store.getDocument(built.id))!;
      expect(JSON.stringify({ ...stored, layers: null })).toBe(JSON.stringify({ ...built, layers: null }));
      expect(Object.keys(stored.layers).sort()).toEqual(Object.keys(built.layers).sort());
      for (const [name, spans] of Object.entries(built.layers)) expect(JSON.stringify(stored.layers[name]), name).toBe(JSON.stringify(spans));
      read += 1;
    }
    expect(read).toBe(5);
    await store.close();
    const encodings = await backend.select(dbPath, 'SELECT name, encoding, count(*) AS n FROM layers GROUP BY name, encoding ORDER BY name');
    // The big layers are always columns; segments (one or two spans) always rows; small fact
    // layers either, by size.
    expect(encodings).toEqual(expect.arrayContaining([
      { name: 'mentions', encoding: 'columns', n: 5 },
      { name: 'segments', encoding: 'rows', n: 5 },
      { name: 'sentences', encoding: 'columns', n: 5 },
      { name: 'tokens', encoding: 'columns', n: 5 },
    ]));
    const perLayer = await backend.select(dbPath, 'SELECT name, count(*) AS n FROM layers GROUP BY name ORDER BY name');
    expect(perLayer).toEqual(defaultAnnotators(makeSettings()).map((a) => ({ name: a.layer, n: 5 })).sort((a, b) => a.name.localeCompare(b.name)));
  });

  it('reopens an existing database without migrating twice', async () => {
    const { store, dbPath } = await ingestInto([SEED_002]);
    await store.close();
    const reopened = openStore(dbPath, 'existing');
    expect((await reopened.counts()).documents).toBe(1);
    await reopened.close();
  });
});
