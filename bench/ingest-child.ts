// Runs one ingest in its own process, so peak memory (maxRSS, all threads) belongs to it alone.
// Usage: node --import tsx bench/ingest-child.ts CORPUS.jsonl DB [SETTINGS-JSON]
// SETTINGS-JSON overrides defaults, e.g. '{"languageCore":false}' for the foundation alone.
import { makeSettings, type Settings } from '../src/config/settings.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const [corpus, dbPath, overrides] = process.argv.slice(2);
if (!corpus || !dbPath) throw new Error('usage: ingest-child.ts CORPUS DB [SETTINGS-JSON]');
const settings = makeSettings(overrides ? (JSON.parse(overrides) as Partial<Settings>) : {});
const store = new SqliteStore(dbPath);
const started = performance.now();
const summary = await ingest([corpus], store, { settings });
const seconds = (performance.now() - started) / 1000;
store.close();
process.stdout.write(
  JSON.stringify({ read: summary.read, new: summary.new, failed: summary.failures.length, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
