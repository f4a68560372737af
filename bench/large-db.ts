// node --import tsx bench/large-db.ts --out FILE [--documents N]: a large database, quickly.
// Ingests the five seeds and eval/stories/stream.jsonl once (the real pipeline), then writes
// clones of those annotated documents (new ids, sources and dates spread over 2000-2026, the
// same text and layers) through store.writeBatch, then builds entities and stories over all of
// them. The dashboard and `npm run bench:serve` time pages on it. Default N: 100,000.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/annotate/seeded-shuffle.ts';
import { makeSettings } from '../src/config/settings.ts';
import { contentHash, documentId } from '../src/doc/identity.ts';
import type { Document, PublishedDate } from '../src/doc/types.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { rebuildEntities } from '../src/relate/entities/rebuild-entities.ts';
import { updateStories } from '../src/relate/stories/update-stories.ts';
import { encodeStoredLayers, type EncodedLayer } from '../src/store/sqlite/layer-codec.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { DocumentWrite } from '../src/store/store.ts';

const ROOT = join(import.meta.dirname, '..');
const TEMPLATES = [join(ROOT, 'examples/seeds'), join(ROOT, 'eval/stories/stream.jsonl')];
/** Clones per transaction: as ingest writes. */
const BATCH = 2000;
/** Outlets the clones are spread over (their source is a URL at one of them). */
const OUTLETS = 40;
const FIRST_YEAR = 2000;
const YEARS = 27;
/** One clone in this many is dated to its month only, as the seeds are. */
const MONTH_ONLY_EVERY = 5;

const { values } = parseArgs({ options: { out: { type: 'string' }, documents: { type: 'string', default: '100000' } } });
if (!values.out) throw new Error('usage: bench/large-db.ts --out FILE [--documents N]');
const total = Number(values.documents);
for (const suffix of ['', '-wal', '-shm']) if (existsSync(values.out + suffix)) rmSync(values.out + suffix);

const started = performance.now();
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
const store = new SqliteStore(values.out);
const summary = await ingest(TEMPLATES, store, { settings: makeSettings() });
const templates: Document[] = [];
for await (const document of store.iterateDocuments()) templates.push(document);
const encoded = templates.map((d) => encodeStoredLayers(d.layers as Record<string, readonly unknown[]>));
console.log(`${seconds()} s: ingested ${summary.new} templates (${summary.failures.length} failed)`);

const random = seededRandom(8);
const pad = (n: number): string => String(n).padStart(2, '0');
function randomDate(i: number): PublishedDate {
  const year = FIRST_YEAR + Math.floor(random() * YEARS);
  const month = 1 + Math.floor(random() * 12);
  if (i % MONTH_ONLY_EVERY === 0) return { value: `${year}-${pad(month)}`, precision: 'month' };
  return { value: `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`, precision: 'day' };
}

function clone(i: number): DocumentWrite {
  const index = i % templates.length;
  const template = templates[index]!;
  const published = randomDate(i);
  const key = `clone:${i}`;
  const source = `https://outlet${i % OUTLETS}.example/nieuws/${i}`;
  const document: Document = {
    ...template,
    id: documentId(key),
    source,
    url: source,
    format: 'jsonl',
    published,
    layers: {},
    // The clone's number in the hash: identical content is otherwise stored once (src/store).
    contentHash: contentHash(template.title, published, `${template.text}\u0000${i}`),
  };
  return { document, sourceKey: key, encodedLayers: encoded[index] as Record<string, EncodedLayer> };
}

for (let from = templates.length; from < total; from += BATCH) {
  const writes: DocumentWrite[] = [];
  for (let i = from; i < Math.min(total, from + BATCH); i++) writes.push(clone(i));
  await store.writeBatch(writes);
  if ((from - templates.length) % (BATCH * 10) === 0) console.log(`${seconds()} s: ${Math.min(total, from + BATCH)} documents`);
}
console.log(`${seconds()} s: ${(await store.counts()).documents} documents written`);
const entities = (await rebuildEntities(store)).entities.length;
console.log(`${seconds()} s: ${entities} entities`);
const stories = await updateStories(store);
console.log(`${seconds()} s: ${stories} stories`);
await store.close();
