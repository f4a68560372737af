/**
 * `npm run bench:dashboard [-- --db FILE] [-- --runs N]`: how long each dashboard view takes
 * to draw in Chromium, against the real server on a database (the seeds, ingested into a
 * temporary one, when no --db is given). Each run is a full page load; the time is from
 * navigation start to the view's `kroniek:view-ready` mark (set when its data is drawn, the
 * moment it gets `data-ready`). Prints the median and the slowest run per view.
 * Targets (issue #8): under 1 s on the seeds, under 2 s on 100,000 articles.
 */
import { parseArgs } from 'node:util';
import { chromiumAvailable, CHROMIUM_PATH } from '../test/browser/harness/chromium.ts';
import { startHarness } from '../test/browser/harness/dashboard-harness.ts';
import { viewUrls } from '../test/browser/harness/view-urls.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(1, Number(values.runs));

if (!chromiumAvailable()) {
  console.error(`no Chromium at ${CHROMIUM_PATH}: install Debian's chromium package`);
  process.exit(1);
}

const harness = await startHarness(values.db ? { dbPath: values.db } : {});
try {
  const page = await harness.browser.context.newPage();
  const stats = (await (await page.request.get(`${harness.url}api/stats`)).json()) as { documents: number };
  console.log(`dashboard bench: ${values.db ?? 'seeds'} (${stats.documents} documents), ${RUNS} full page loads per view`);
  for (const { view, hash } of await viewUrls(page.request, harness.url)) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto('about:blank');
      await page.goto(`${harness.url}${hash}`);
      await page.waitForSelector(`[data-view="${view}"][data-ready]`, { timeout: 60_000 });
      times.push(await page.evaluate(`performance.getEntriesByName('kroniek:view-ready')[0].startTime`) as number);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(`  ${view.padEnd(9)} median ${median.toFixed(0).padStart(5)} ms   slowest ${times.at(-1)!.toFixed(0).padStart(5)} ms   ${hash}`);
  }
} finally {
  await harness.close();
}
