import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { responseSchema, seedsApp, type OpenApi, type SeedsApp } from './api-app.ts';

let api: SeedsApp & { close(): Promise<void> };
beforeAll(async () => {
  api = await seedsApp();
});
afterAll(async () => api.close());

/** The id of the Loekasjenko entity, found by a transliterated spelling. */
async function loekasjenko(): Promise<string> {
  const { body } = await api.get('/api/entities?q=lukashenko');
  expect(body.items[0].name).toBe('Aleksandr Loekasjenko');
  return body.items[0].id as string;
}

describe('the OpenAPI document', () => {
  it('describes replies strictly enough to catch a wrong one', async () => {
    const openapi = (await api.app.inject('/api/openapi.json')).json() as OpenApi;
    const validate = new Ajv({ strict: false }).compile(responseSchema(openapi, '/api/documents/x', 200));
    const reply = (await api.get('/api/documents?limit=1')).body.items[0];
    const document = (await api.get(`/api/documents/${reply.id}`)).body;
    expect(validate(document)).toBe(true);
    expect(validate({ ...document, published: { value: '2021-11', precision: 'week' } })).toBe(false);
    expect(validate({ ...document, tokens: [{ end: 3 }] })).toBe(false);
  });

  it('is a valid OpenAPI 3.1 document listing every route', async () => {
    const openapi = (await api.app.inject('/api/openapi.json')).json() as OpenApi;
    const result = await new Validator().validate(openapi as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const routes = Object.entries(openapi.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual([
      'GET /api/conflicts', 'GET /api/documents', 'GET /api/documents/{id}', 'GET /api/entities', 'GET /api/entities/{id}',
      'GET /api/entities/{id}/timeline', 'GET /api/jobs/{id}', 'GET /api/quotes', 'GET /api/search', 'GET /api/stats',
      'GET /api/stories', 'GET /api/stories/{id}', 'GET /api/timeline/articles', 'POST /api/documents',
    ]);
  });
});

describe('stats and the articles timeline', () => {
  it('counts the five seeds, their entities and two stories', async () => {
    const { status, body } = await api.get('/api/stats');
    expect(status).toBe(200);
    expect(body).toMatchObject({ documents: 5, stories: 2, dates: { first: '2020-08-01', last: '2021-11-30' }, undated: 0 });
    expect(body.entities).toBeGreaterThan(20);
    expect(body.removalsByReason['consent-notice']).toBeGreaterThan(0);
  });

  it('draws month-only articles as the span of their month, never its first day', async () => {
    const { body } = await api.get('/api/timeline/articles');
    expect(body.items).toEqual([
      { first: '2020-08-01', last: '2020-08-31', precision: 'month', count: 2 },
      { first: '2020-09-01', last: '2020-09-30', precision: 'month', count: 1 },
      { first: '2021-11-01', last: '2021-11-30', precision: 'month', count: 2 },
    ]);
    expect((await api.get('/api/timeline/articles?from=2021-01-01')).body.items).toHaveLength(1);
  });
});

describe('documents', () => {
  it('pages the documents newest first', async () => {
    const first = (await api.get('/api/documents?limit=2')).body;
    const rest = (await api.get('/api/documents?offset=2&limit=2')).body;
    expect(first).toMatchObject({ total: 5, offset: 0, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(rest.items).toHaveLength(2);
    const days = [...first.items, ...rest.items].map((d: { published: { value: string } }) => d.published.value);
    expect(days).toEqual([...days].sort().reverse());
    expect(new Set([...first.items, ...rest.items].map((d: { id: string }) => d.id)).size).toBe(4);
    expect(first.items[0]).toMatchObject({ format: 'seed', story: expect.any(String), duplicateOf: null });
  });

  it('keeps a month-dated article whose month overlaps the date range', async () => {
    // Mid-month days: the 2021-11 articles may fall on them, so they stay; the 2020 ones do not.
    const november = (await api.get('/api/documents?from=2021-11-15&to=2021-11-16')).body;
    expect(november.total).toBe(2);
    expect(november.items.every((d: { published: { value: string } }) => d.published.value === '2021-11')).toBe(true);
    expect((await api.get('/api/documents?to=2020-08-20')).body.total).toBe(2);
    expect((await api.get('/api/documents?from=2020-09&to=2020-09')).body.total).toBe(1);
    expect((await api.get('/api/documents?from=2022-01-01')).body.total).toBe(0);
    expect((await api.get('/api/documents?source=002_')).body.total).toBe(1);
  });

  it('returns one document with every layer, none dropped by the serializer', async () => {
    const listed = (await api.get('/api/documents?source=002_')).body.items[0];
    const { status, body } = await api.get(`/api/documents/${listed.id}`);
    expect(status).toBe(200);
    for (const layer of ['sentences', 'tokens', 'mentions', 'timexes', 'quotes', 'figures', 'events', 'segments']) expect(body[layer].length, layer).toBeGreaterThan(0);
    const stored = (await api.store.getDocument(listed.id))!;
    expect(body.text).toBe(stored.text);
    expect(body.tokens[0]).toEqual(stored.layers.tokens![0]);
    // A layer's own fields pass through, and mentions carry their entity.
    expect(body.quotes[0]).toMatchObject({ kind: expect.any(String), speaker: expect.objectContaining({ text: expect.any(String) }) });
    expect(body.mentions.some((m: { entity: string | null }) => typeof m.entity === 'string')).toBe(true);
    for (const layer of ['sentences', 'mentions', 'quotes', 'figures', 'timexes']) {
      for (const span of body[layer]) if ('text' in span) expect(body.text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(body.removed.map((r: { reason: string }) => r.reason)).toContain('consent-notice');
    expect(body.segments[0].language).toBe('en');
    expect(body).toMatchObject({ story: listed.story, duplicates: [] });
  });

  it('answers 400 naming the field, and 404 for an unknown id', async () => {
    const tooMany = await api.get('/api/documents?limit=9999');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toEqual({ code: 'bad-request', message: expect.stringContaining('limit') });
    expect((await api.get('/api/documents?from=2021-13')).body.error.message).toContain('from');
    expect((await api.get('/api/documents?from=2021-12&to=2021-01')).status).toBe(400);
    const missing = await api.get('/api/documents/0000000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ code: 'not-found', message: 'no document has the id "0000000000000000"' });
  });
});

describe('search', () => {
  it('finds the seeds that name Loekasjenko, with highlights in the snippet', async () => {
    const { body } = await api.get('/api/search?q=Loekasjenko');
    expect(body.total).toBe(body.items.length);
    expect(body.total).toBeGreaterThanOrEqual(3);
    for (const hit of body.items) {
      expect(hit.snippet.highlights.length).toBeGreaterThan(0);
      const words = hit.snippet.highlights.map((h: { start: number; end: number }) => hit.snippet.text.slice(h.start, h.end));
      expect(words.some((w: string) => /^Loekasjenko$/i.test(w))).toBe(true);
    }
    const second = (await api.get('/api/search?q=Loekasjenko&offset=1&limit=1')).body;
    expect(second).toMatchObject({ total: body.total, offset: 1, limit: 1 });
    expect(second.items[0].id).toBe(body.items[1].id);
    expect((await api.get('/api/search?q=Loekasjenko&from=2021-11-10')).body.total).toBeLessThan(body.total);
  });

  it('answers 400 for a query it cannot read', async () => {
    expect((await api.get('/api/search')).status).toBe(400);
    const excluded = await api.get('/api/search?q=-Poetin');
    expect(excluded.status).toBe(400);
    expect(excluded.body.error.message).toMatch(/^querystring\/q: /);
  });
});

describe('entities', () => {
  it('lists entities most mentioned first, by type', async () => {
    const { body } = await api.get('/api/entities?type=PER&limit=5');
    expect(body.items[0]).toMatchObject({ name: 'Aleksandr Loekasjenko', type: 'PER' });
    expect(body.items.every((e: { type: string }) => e.type === 'PER')).toBe(true);
    expect((await api.get('/api/entities?type=XYZ')).status).toBe(400);
  });

  it('shows Loekasjenko with his variants, mentions in their sentences and co-occurrences', async () => {
    const { body } = await api.get(`/api/entities/${await loekasjenko()}`);
    expect(body.variants.map((v: { name: string }) => v.name)).toEqual(expect.arrayContaining(['Loekasjenko', 'Lukashenko', 'Aleksander Loekasjenko']));
    expect(body.mentions.length).toBe(body.mentionsTotal);
    expect(body.mentionsTotal).toBeGreaterThan(20);
    for (const mention of body.mentions) {
      const text = (await api.store.getDocument(mention.document))!.text;
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(text.slice(mention.sentence.start, mention.sentence.end)).toBe(mention.sentence.text);
      expect(mention.sentence.start <= mention.start && mention.end <= mention.sentence.end).toBe(true);
    }
    const belarus = body.cooccurrences.find((c: { name: string }) => c.name === 'Wit-Rusland');
    expect(belarus).toMatchObject({ type: 'LOC', documents: 5 });
    expect(body.quotes.length).toBeGreaterThan(0);
    expect(body.quotes.every((q: { speaker: { entity: string } }) => q.speaker.entity === body.id)).toBe(true);
  });

  it('lays out his timeline across both stories, month-only dates as their month', async () => {
    const { body } = await api.get(`/api/entities/${await loekasjenko()}/timeline`);
    const articles = body.items.filter((e: { kind: string }) => e.kind === 'article');
    expect(articles).toHaveLength(5);
    expect([articles[0].first, articles[0].last]).toEqual(['2020-08-01', '2020-08-31']);
    expect(articles.at(-1).first).toBe('2021-11-01');
  });

  it('answers 404 for an unknown entity', async () => {
    expect((await api.get('/api/entities/e000000000000')).status).toBe(404);
    expect((await api.get('/api/entities/e000000000000/timeline')).status).toBe(404);
  });
});

describe('stories, conflicts and quotes', () => {
  it('holds seeds 002 and 003 in one story, with its quotes, figures and timeline', async () => {
    const ids = await Promise.all(['002_', '003_'].map(async (s) => (await api.get(`/api/documents?source=${s}`)).body.items[0].id as string));
    const { body: list } = await api.get('/api/stories');
    expect(list.total).toBe(2);
    const views = await Promise.all(list.items.map(async (s: { id: string }) => (await api.get(`/api/stories/${s.id}`)).body));
    const both = views.find((v) => ids.every((id) => v.documents.includes(id)));
    expect(both).toBeDefined();
    expect(both.articles.map((a: { id: string }) => a.id).sort()).toEqual([...both.documents].sort());
    expect(both.quotes.length).toBeGreaterThan(0);
    expect(both.timeline.some((e: { kind: string }) => e.kind === 'event')).toBe(true);
    expect((await api.get('/api/stories/s00000000')).status).toBe(404);
  });

  it('shows the two death tolls as a conflict, each with its sentence, in the corpus and in its story', async () => {
    const { body } = await api.get('/api/conflicts');
    const tolls = body.items.find((c: { about: string }) => c.about === 'mens omkomen');
    expect(tolls.figures.map((f: { text: string }) => f.text)).toEqual(['zeker zeven', 'zeker tien']);
    const text = (await api.store.getDocument(tolls.figures[0].document))!.text;
    for (const figure of tolls.figures) expect(text.slice(figure.sentence.start, figure.sentence.end)).toBe(figure.sentence.text);
    expect(tolls.figures[0].sentence.text).toContain('Poolse grenswacht');
    const story = (await api.store.stories.storyOfDocument(tolls.figures[0].document))!;
    expect((await api.get(`/api/conflicts?story=${story}`)).body.items).toEqual([tolls]);
    expect((await api.get(`/api/stories/${story}`)).body.conflicts).toEqual([tolls]);
    expect((await api.get('/api/conflicts?story=s00000000')).status).toBe(404);
  });

  it('lists the quotes of the Loekasjenko entity, and of one document', async () => {
    const id = await loekasjenko();
    const { body } = await api.get(`/api/quotes?speaker=${id}&limit=200`);
    expect(body.total).toBeGreaterThan(2);
    for (const quote of body.items) {
      expect(quote.speaker).toMatchObject({ entity: id, name: 'Aleksandr Loekasjenko' });
      expect((await api.store.getDocument(quote.document))!.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
    const document = body.items[0].document as string;
    const ofDocument = (await api.get(`/api/quotes?document=${document}&limit=200`)).body;
    expect(ofDocument.items.every((q: { document: string }) => q.document === document)).toBe(true);
    expect(ofDocument.total).toBeGreaterThanOrEqual(body.items.filter((q: { document: string }) => q.document === document).length);
    const all = (await api.get('/api/quotes?limit=200')).body;
    expect(all.total).toBeGreaterThan(body.total);
    expect((await api.get('/api/quotes?speaker=e000000000000')).status).toBe(404);
  });
});
