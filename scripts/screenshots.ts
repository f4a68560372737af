/**
 * `npm run screenshots`: a PNG of each dashboard view (overview, search, document, entity,
 * story) on the seeds, into docs/screenshots/. Uses the browser tests' harness: it builds the
 * dashboard, ingests the seeds into a temporary database and serves it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../test/helpers/paths.ts';
import { chromiumAvailable, CHROMIUM_PATH } from '../test/browser/harness/chromium.ts';
import { startHarness } from '../test/browser/harness/dashboard-harness.ts';
import { viewUrls } from '../test/browser/harness/view-urls.ts';

const OUT = join(PROJECT_ROOT, 'docs/screenshots');
/** Wide enough for the two-column layouts, and a page this tall shows a view's first screens. */
const VIEWPORT = { width: 1280, height: 900 };
/** Long pages (an entity's mentions) are cut here so the PNGs stay readable and small. */
const MAX_HEIGHT = 2400;

if (!chromiumAvailable()) {
  console.error(`no Chromium at ${CHROMIUM_PATH}: install Debian's chromium package`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const harness = await startHarness({ viewport: VIEWPORT });
try {
  const page = await harness.browser.context.newPage();
  for (const { view, hash } of await viewUrls(page.request, harness.url)) {
    await page.goto(`${harness.url}${hash}`);
    await page.waitForSelector(`[data-view="${view}"][data-ready]`);
    // The document's removals are folded away until asked for; the picture shows them asked for.
    if (view === 'document') await page.click('.removed summary');
    const height = Math.min(MAX_HEIGHT, await page.evaluate('document.documentElement.scrollHeight') as number);
    const path = join(OUT, `${view}.png`);
    await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: VIEWPORT.width, height } });
    console.log(`${view}: ${path}`);
  }
} finally {
  await harness.close();
}
