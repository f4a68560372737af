import { DEFAULT_SETTINGS } from '../src/config/settings.ts';
import { parseQuery } from '../src/search/query.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

/** Queries a user of the bench corpus would type: words, stems, phrases, prefixes, dates. */
const QUERIES: readonly { readonly query: string; readonly from?: string; readonly to?: string }[] = [
  { query: 'protesten' },
  { query: 'Loekasjenko Poetin' },
  { query: 'migratiecrisis' },
  { query: '"politieke gevangenen"' },
  { query: 'sancties -Kremlin' },
  { query: 'grensovergang OR gasprijs' },
  { query: 'kaliummijn*' },
  { query: 'demonstreren Minsk', from: '2020-08', to: '2020-12' },
  { query: 'mensenrechten onderzoek' },
  { query: 'Tichanovskaja Vilnius' },
  { query: 'Protasevitsj vliegverbod' },
  { query: 'Oekraine' },
];

export interface SearchBenchResult {
  readonly queries: number;
  readonly queriesPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

/** Runs every query `rounds` times against a database, with snippets, as `kroniek search` does. */
export async function benchSearch(dbPath: string, rounds: number): Promise<SearchBenchResult> {
  const store = new SqliteStore(dbPath);
  const latencies: number[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const { query, from, to } of QUERIES) {
      const t0 = performance.now();
      await store.search(parseQuery(query), {
        limit: DEFAULT_SETTINGS.searchLimit,
        snippetChars: DEFAULT_SETTINGS.snippetChars,
        ...(from ? { from: `${from}-01` } : {}),
        ...(to ? { to: `${to}-31` } : {}),
      });
      latencies.push(performance.now() - t0);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  latencies.sort((a, b) => a - b);
  const at = (share: number): number => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))]!;
  return { queries: latencies.length, queriesPerSecond: latencies.length / seconds, p50Ms: at(0.5), p95Ms: at(0.95) };
}
