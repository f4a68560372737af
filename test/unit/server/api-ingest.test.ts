import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedsApp, type SeedsApp } from './api-app.ts';

let api: SeedsApp & { close(): Promise<void> };
beforeAll(async () => {
  api = await seedsApp();
});
afterAll(async () => api.close());

const ARTICLE = {
  url: 'https://example.nl/nieuws/vilnius-grens',
  date: '2021-11-20',
  title: 'Litouwen versterkt de grens met Wit-Rusland',
  text:
    'Litouwen stuurt extra grenswachten naar de grens met Wit-Rusland. Dat heeft minister Agnė Bilotaitė van Binnenlandse Zaken zaterdag in Vilnius gezegd.\n\n' +
    '"We laten ons niet onder druk zetten door het regime in Minsk", zei Bilotaitė. Volgens haar probeerden deze week ruim tweehonderd migranten de grens over te steken.\n\n' +
    'De Europese Unie beschuldigt de Wit-Russische president Loekasjenko ervan migranten naar de grens te lokken.',
};

async function post(body: unknown) {
  const reply = await api.app.inject({ method: 'POST', url: '/api/documents', payload: body as object });
  return { status: reply.statusCode, body: reply.json() };
}

describe('POST /api/documents', () => {
  it('ingests a new Dutch article off the request path; the job ends done and the article is readable and searchable', async () => {
    const { status, body } = await post(ARTICLE);
    expect(status).toBe(202);
    expect(body.job).toMatchObject({ status: 'queued', finished: null, summary: null, documents: [] });
    let job = body.job;
    // Meanwhile the server answers reads.
    expect((await api.get('/api/stats')).body.documents).toBe(5);
    for (let i = 0; i < 240 && (job.status === 'queued' || job.status === 'running'); i++) {
      await sleep(250);
      job = (await api.get(`/api/jobs/${job.id}`)).body;
    }
    expect(job).toMatchObject({ status: 'done', summary: { read: 1, new: 1, failed: 0 }, errors: [] });
    expect(job.finished).toEqual(expect.any(String));
    expect(job.documents).toHaveLength(1);
    const document = (await api.get(`/api/documents/${job.documents[0]}`)).body;
    expect(document).toMatchObject({ title: ARTICLE.title, url: ARTICLE.url, published: { value: '2021-11-20', precision: 'day' } });
    expect(document.mentions.some((m: { text: string }) => m.text === 'Vilnius')).toBe(true);
    expect(document.quotes.length).toBeGreaterThan(0);
    const hits = (await api.get('/api/search?q=Bilotaite')).body;
    expect(hits.items.map((h: { id: string }) => h.id)).toEqual([job.documents[0]]);
    expect(hits.items[0].snippet.highlights.length).toBeGreaterThan(0);
    expect((await api.get('/api/stats')).body.documents).toBe(6);
    // The story and entity steps ran too: the article is in a story, Loekasjenko has a sixth document.
    expect(document.story).toEqual(expect.any(String));
    const loekasjenko = (await api.get('/api/entities?q=Loekasjenko')).body.items[0];
    expect(loekasjenko.documents).toBe(6);
  }, 120_000);

  it('ingests a burst of posts together, one entity and story step for the run, and answers for each job', async () => {
    const article = (n: number, name: string) => ({
      url: `https://example.nl/nieuws/burst-${n}`,
      date: '2021-11-21',
      title: `Grenswacht ${n} meldt nieuwe pogingen`,
      text: `De Poolse grenswacht heeft zondag opnieuw migranten tegengehouden bij de grens met Wit-Rusland. "Het is rustiger dan vorige week", zei woordvoerder ${name} in Warschau.`,
    });
    const posts = await Promise.all([post(article(1, 'Katarzyna Zdanowska')), post(article(2, 'Tomasz Praga')), post(article(1, 'Katarzyna Zdanowska'))]);
    expect(posts.map((p) => p.status)).toEqual([202, 202, 202]);
    let jobs = posts.map((p) => p.body.job);
    for (let i = 0; i < 480 && jobs.some((job) => job.status === 'queued' || job.status === 'running'); i++) {
      await sleep(250);
      jobs = await Promise.all(jobs.map(async (job) => (await api.get(`/api/jobs/${job.id}`)).body));
    }
    expect(jobs.map((job) => job.status)).toEqual(['done', 'done', 'done']);
    // The worker takes every job queued when it is free: the second and third were queued
    // while the first ran (or all three before it was ready), so some run held more than one.
    expect(Math.max(...jobs.map((job) => job.batch))).toBeGreaterThan(1);
    // Each job answers for its own record: the repeat of the first article found it stored.
    expect(jobs.map((job) => job.summary.new + job.summary.unchanged)).toEqual([1, 1, 1]);
    expect(jobs[0].summary.new + jobs[2].summary.new).toBe(1);
    expect(jobs[0].documents).toEqual(jobs[2].documents);
    expect(jobs[1].documents).toHaveLength(1);
    expect(jobs[1].documents).not.toEqual(jobs[0].documents);
    expect((await api.get('/api/stats')).body.documents).toBe(8);
    // The entity step ran after the run: both new spokespeople are entities.
    for (const name of ['Katarzyna Zdanowska', 'Tomasz Praga']) {
      expect((await api.get(`/api/entities?q=${encodeURIComponent(name)}`)).body.items.map((e: { name: string }) => e.name)).toEqual([name]);
    }
  }, 180_000);

  it('answers 400 for a record without text or html, and for a bad date, writing nothing', async () => {
    const empty = await post({ title: 'Alleen een kop' });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: 'bad-record', message: expect.stringContaining('"text" or "html"') });
    const badDate = await post({ text: 'Een zin.', date: 'gisteren' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.message).toContain('gisteren');
    expect((await post({ text: ['een', 'lijst'] })).status).toBe(400);
    expect((await api.app.inject({ method: 'POST', url: '/api/documents', payload: 'geen json', headers: { 'content-type': 'application/json' } })).statusCode).toBe(400);
  });

  it('answers 404 for an unknown job', async () => {
    const missing = await api.get('/api/jobs/j000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not-found');
  });
});
