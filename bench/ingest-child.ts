// Runs one ingest in its own process, so peak memory (maxRSS, all threads) belongs to it alone.
// Usage: node --import tsx bench/ingest-child.ts CORPUS.jsonl DB [SETTINGS-JSON]
// SETTINGS-JSON overrides defaults, e.g. '{"languageCore":false}' for the foundation alone.
// ingest() ends with the entities rebuilt from the stored mentions: with the language core, this
// is the full pipeline, ingest to stored entities.
import { makeSettings, type Settings } from '../src/config/settings.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const [corpus, dbPath, overrides] = process.argv.slice(2);
if (!corpus || !dbPath) throw new Error('usage: ingest-child.ts CORPUS DB [SETTINGS-JSON]');
const settings = makeSettings(overrides ? (JSON.parse(overrides) as Partial<Settings>) : {});
const store = new SqliteStore(dbPath);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const summary = await ingest([corpus], store, { settings });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
await store.close();
process.stdout.write(
  JSON.stringify({
    read: summary.read, new: summary.new, failed: summary.failures.length, seconds, entities: summary.entities,
    // CPU of every thread of the process (user + system), from the start of ingest to its end.
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
