/**
 * `npm run bench:dashboard [-- --db FILE] [-- --large [--documents N]] [-- --runs N]`: how long
 * each dashboard view takes to draw in Chromium, against the real server. Without --db it
 * measures the seeds (ingested into a temporary database); with --db that database; with
 * --large also a large database built by bench/large-db.ts (kept in bench/out/ for reruns).
 * Each run is a full page load; the time is from navigation start to the view's
 * `kroniek:view-ready` mark, set when its data is drawn (the moment it gets `data-ready`).
 * Prints the median and the slowest run per view.
 * Targets (issue #8): under 1 s on the seeds, under 2 s on 100,000 articles.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumAvailable, CHROMIUM_PATH } from '../test/browser/harness/chromium.ts';
import { startHarness } from '../test/browser/harness/dashboard-harness.ts';
import { viewUrls } from '../test/browser/harness/view-urls.ts';
import { PROJECT_ROOT } from '../test/helpers/paths.ts';

const { values } = parseArgs({
  options: { db: { type: 'string' }, large: { type: 'boolean', default: false }, documents: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' } },
});
const RUNS = Math.max(1, Number(values.runs));
const LARGE_DB_SCRIPT = join(PROJECT_ROOT, 'bench/large-db.ts');

if (!chromiumAvailable()) {
  console.error(`no Chromium at ${CHROMIUM_PATH}: install Debian's chromium package`);
  process.exit(1);
}

/** Times every view on one database (`undefined`: the seeds). */
async function benchViews(dbPath: string | undefined, build: boolean): Promise<void> {
  const harness = await startHarness({ ...(dbPath ? { dbPath } : {}), build });
  try {
    const page = await harness.browser.context.newPage();
    const stats = (await (await page.request.get(`${harness.url}api/stats`)).json()) as { documents: number };
    console.log(`dashboard bench: ${dbPath ?? 'seeds'} (${stats.documents.toLocaleString('en')} documents), ${RUNS} full page loads per view`);
    for (const { view, hash } of await viewUrls(page.request, harness.url)) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await page.goto('about:blank');
        await page.goto(`${harness.url}${hash}`);
        await page.waitForSelector(`[data-view="${view}"][data-ready]`, { timeout: 120_000 });
        times.push((await page.evaluate(`performance.getEntriesByName('kroniek:view-ready')[0].startTime`)) as number);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      console.log(`  ${view.padEnd(9)} median ${median.toFixed(0).padStart(5)} ms   slowest ${times.at(-1)!.toFixed(0).padStart(5)} ms   ${hash}`);
    }
  } finally {
    await harness.close();
  }
}

/** The large database of bench/large-db.ts, built once into bench/out/. */
function largeDatabase(documents: string): string {
  if (!existsSync(LARGE_DB_SCRIPT)) throw new Error('--large needs bench/large-db.ts (from the API branch)');
  const out = join(PROJECT_ROOT, 'bench/out', `large-${documents}.db`);
  if (existsSync(out)) return out;
  mkdirSync(join(PROJECT_ROOT, 'bench/out'), { recursive: true });
  console.log(`building ${out} with bench/large-db.ts (${documents} documents)...`);
  // Built under another name and renamed when complete, so an interrupted build is never reused.
  const partial = `${out}.partial`;
  const built = spawnSync(process.execPath, ['--import', 'tsx', LARGE_DB_SCRIPT, '--out', partial, '--documents', documents], { stdio: 'inherit', cwd: PROJECT_ROOT });
  if (built.status !== 0) throw new Error(`bench/large-db.ts failed (exit ${built.status})`);
  for (const suffix of ['-wal', '-shm']) if (existsSync(partial + suffix)) renameSync(partial + suffix, out + suffix);
  renameSync(partial, out);
  return out;
}

await benchViews(values.db, true);
if (values.large) await benchViews(largeDatabase(values.documents), false);
