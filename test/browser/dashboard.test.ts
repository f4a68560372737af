// The dashboard in a real browser: Debian's Chromium driven by playwright-core, against the
// real server on a fresh database of the five seeds. Skipped (with a message) where Chromium
// is not installed, unless KRONIEK_REQUIRE_BROWSER=1 asks for it (CI installs it).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_PATH, chromiumAvailable } from './harness/chromium.ts';
import { startHarness, type DashboardHarness } from './harness/dashboard-harness.ts';

const required = process.env.KRONIEK_REQUIRE_BROWSER === '1';
const missing = !chromiumAvailable();
if (missing && !required) {
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (install Debian's chromium package, or set KRONIEK_REQUIRE_BROWSER=1 to fail instead)`);
}

/** Waits for a view to say its data is drawn. */
async function open(page: Page, url: string, view: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector(`[data-view="${view}"][data-ready]`);
}

describe.skipIf(missing && !required)('dashboard in Chromium', () => {
  let harness: DashboardHarness;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(`KRONIEK_REQUIRE_BROWSER=1 but no Chromium at ${CHROMIUM_PATH}`);
    harness = await startHarness();
    page = await harness.browser.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await harness?.close();
  });

  test('search for Loekasjenko shows hits with the word highlighted', async () => {
    await open(page, `${harness.url}#/search`, 'search');
    await page.fill('input[name="q"]', 'Loekasjenko');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-view="search"][data-ready] .hit');
    const hits = await page.locator('.hit').count();
    expect(hits).toBeGreaterThanOrEqual(3);
    const marks = await page.locator('.hit .snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(hits);
    expect(marks.every((text) => /^loekasjenko/i.test(text))).toBe(true);
    expect(page.url()).toContain('#/search?q=Loekasjenko');
  });

  test('a hit opens its document, whose text is drawn once whatever the layers overlap', async () => {
    await page.locator('.hit .hit-title').first().click();
    await page.waitForSelector('[data-view="document"][data-ready]');
    const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!.split('?')[0]!);
    const record = (await (await page.request.get(`${harness.url}api/documents/${id}`)).json()) as { text: string; title: string | null; segments: unknown[]; removed: { reason: string }[] };
    expect(await page.locator('.document-text').textContent()).toBe(record.text);
    if (record.title) expect(await page.locator('h1').textContent()).toBe(record.title);
    expect(await page.locator('.document-text [data-layer="segments"]').count() > 0).toBe(record.segments.length > 0);
    // What cleaning removed is listed, with its reason, once asked for.
    const removals = page.locator('.removed li');
    expect(await removals.first().isVisible().catch(() => false)).toBe(false);
    await page.click('.removed summary');
    expect(await removals.count()).toBe(record.removed.length);
    if (record.removed.length > 0) expect(await removals.first().getAttribute('data-reason')).toBe(record.removed[0]!.reason);
    // The link came from a snippet: the hit is marked in the text.
    expect(await page.locator('.document-text .mark.target').count()).toBeGreaterThan(0);
  });

  test('a layer toggles off and on again', async () => {
    const people = page.locator('.document-text [data-layer="PER"]');
    const before = await people.count();
    expect(before).toBeGreaterThan(0);
    const text = await page.locator('.document-text').textContent();
    await page.uncheck('.layer-toggles input[name="PER"]');
    expect(await people.count()).toBe(0);
    expect(await page.locator('.document-text [data-layer="LOC"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.document-text').textContent()).toBe(text);
    await page.check('.layer-toggles input[name="PER"]');
    expect(await people.count()).toBe(before);
  });

  test('a name in the text opens its entity: variants, graph and mentions', async () => {
    await page.locator('.document-text a[data-layer="PER"]', { hasText: 'Loekasjenko' }).first().click();
    await page.waitForSelector('[data-view="entity"][data-ready]');
    const variants = await page.locator('.variants li').allTextContents();
    expect(variants.some((one) => one.startsWith('Loekasjenko'))).toBe(true);
    expect(variants.some((one) => one.startsWith('Lukashenko'))).toBe(true);
    expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);
    expect(Number(await page.locator('.graph').getAttribute('data-nodes'))).toBeGreaterThan(1);
    expect(await page.locator('.contexts li mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart canvas').count()).toBeGreaterThan(0);
  });

  test('the overview links to a story with its articles, and a conflict side by side', async () => {
    await open(page, harness.url, 'overview');
    expect(await page.locator('[data-count="documents"] dd').textContent()).toBe('5');
    expect(await page.locator('.chart canvas').count()).toBeGreaterThan(0);
    const stories = (await (await page.request.get(`${harness.url}api/stories`)).json()) as { items: { id: string }[] };
    const views = await Promise.all(stories.items.map(async (story) => (await (await page.request.get(`${harness.url}api/stories/${story.id}`)).json()) as { id: string; articles: unknown[]; conflicts: unknown[] }));
    const withConflict = views.find((story) => story.conflicts.length > 0) ?? views[0]!;
    await page.locator(`.story-list a[href="#/story/${withConflict.id}"]`).click();
    await page.waitForSelector('[data-view="story"][data-ready]');
    expect(await page.locator('.articles li').count()).toBe(withConflict.articles.length);
    if (withConflict.conflicts.length > 0) {
      const sides = page.locator('.conflict').first().locator('.conflict-side');
      expect(await sides.count()).toBeGreaterThanOrEqual(2);
      const [left, right] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
      expect(left!.y).toBeCloseTo(right!.y, 0);
      expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
      expect(await sides.nth(0).locator('mark.conflict-figure').count()).toBe(1);
      expect(await sides.nth(1).locator('mark.conflict-figure').count()).toBe(1);
    }
  });

  test('the language switch turns the interface English and remembers it', async () => {
    await open(page, harness.url, 'overview');
    expect(await page.locator('header nav').textContent()).toContain('Zoeken');
    await page.selectOption('select[name="language"]', 'en');
    await page.waitForSelector('h1:text-is("Overview")');
    expect(await page.locator('header nav').textContent()).toContain('Search');
    expect(await page.locator('[data-count="documents"] dt').textContent()).toBe('Articles');
    await page.reload();
    await page.waitForSelector('[data-view="overview"][data-ready]');
    expect(await page.locator('h1').textContent()).toBe('Overview');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.selectOption('select[name="language"]', 'nl');
  });

  test('no view threw in the page', () => {
    expect(errors).toEqual([]);
  });
});
