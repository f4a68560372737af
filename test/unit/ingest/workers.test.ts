import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/paths.ts';
import { fixtureCases } from '../../helpers/golden.ts';
import { SEEDS, allDocuments, ingestInto } from '../../helpers/workspace.ts';

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
