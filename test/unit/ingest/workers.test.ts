import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/paths.ts';
import { fixtureCases } from '../../helpers/golden.ts';
import { SEEDS, allDocuments, ingestInto } from '../../helpers/workspace.ts';
import { makeSettings } from '../../../src/config/settings.ts';
import { buildSpread, createArticleBuilder } from '../../../src/ingest/build/article-builder.ts';
import type { BuiltArticle } from '../../../src/ingest/build/built-article.ts';
import type { RawArticle } from '../../../src/ingest/raw-article.ts';
import { readInputs } from '../../../src/ingest/read-inputs.ts';

describe('ingest with worker threads', () => {
  it('stores exactly what the main thread alone stores, in the same order', async () => {
    const inputs = [SEEDS, ...fixtureCases(FIXTURES).map((fixture) => fixture.source)];
    const inline = await ingestInto(inputs, { workers: 0 });
    const threaded = await ingestInto(inputs, { workers: 2, workerChunk: 3 });
    expect(threaded.summary).toEqual(inline.summary);
    const strip = (documents: Awaited<ReturnType<typeof allDocuments>>) => documents.map(({ id, text, removed, layers, title }) => ({ id, text, removed, layers, title }));
    expect(strip(await allDocuments(threaded.store))).toEqual(strip(await allDocuments(inline.store)));
    await inline.store.close();
    await threaded.store.close();
  });
});

describe('buildSpread', () => {
  it('builds one batch on every thread at once and keeps its order', async () => {
    const settings = makeSettings({ workers: 2 });
    const raws: RawArticle[] = [];
    for await (const result of readInputs([SEEDS], settings)) if (result.kind === 'article') raws.push(result.article);
    const pool = await createArticleBuilder(settings);
    const inline = await createArticleBuilder(makeSettings({ workers: 0 }));
    try {
      expect(pool.threads).toBe(2);
      const spread = await buildSpread(pool, raws);
      const ids = (built: readonly BuiltArticle[]) => built.map((article) => (article.kind === 'write' ? article.write.document.id : article.kind));
      expect(ids(spread)).toEqual(ids(await inline.build(raws)));
      expect(spread).toHaveLength(raws.length);
    } finally {
      await pool.close();
      await inline.close();
    }
  });
});
