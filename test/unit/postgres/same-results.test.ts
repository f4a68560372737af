import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictsCommand } from '../../../src/cli/conflicts-command.ts';
import { entitiesCommand } from '../../../src/cli/entities-command.ts';
import { entityCommand } from '../../../src/cli/entity-command.ts';
import { exportCommand } from '../../../src/cli/export-command.ts';
import { factsCommand } from '../../../src/cli/facts-command.ts';
import { searchCommand } from '../../../src/cli/search-command.ts';
import { statsCommand } from '../../../src/cli/stats-command.ts';
import { duplicatesCommand, storiesCommand, storyCommand } from '../../../src/cli/stories-command.ts';
import { timelineCommand } from '../../../src/cli/timeline-command.ts';
import { parseQuery } from '../../../src/search/query.ts';
import { buildApp } from '../../../src/server/app.ts';
import { openStore } from '../../../src/store/open-store.ts';
import type { DocumentStore, SearchOptions } from '../../../src/store/store.ts';
import { testPostgres } from '../../helpers/postgres-server.ts';
import { SEEDS, ingestInto, runCli } from '../../helpers/workspace.ts';

/**
 * The seeds on PostgreSQL and on SQLite give the same answers: the real `kroniek ingest` into
 * PostgreSQL, then every reading command on both databases (run in this process: starting
 * the CLI costs seconds a time here) and the search test queries (test/unit/search).
 */
const postgres = testPostgres();

/** The queries of test/unit/search/search.test.ts, and what they find there. */
const SEARCHES: readonly [string, Partial<SearchOptions>, readonly string[]][] = [
  ['protesten', {}, ['001', '002', '003', '004']],
  ['protest', {}, ['001', '002', '003', '004']],
  ['Oekraine', {}, ['002']],
  ['Oekraïne', {}, ['002']],
  ['demonstratie', {}, ['003']],
  ['jaren', {}, ['001', '003']],
  ['jaar', {}, ['001', '003']],
  ['"grote protest"', {}, ['001']],
  ['"laatste dictator van Europa"', {}, ['000']],
  ['Lukashenko', {}, ['003']],
  ['Loekasjenko -Merkel', {}, ['001', '002', '004']],
  ['Stoltenberg OR Tichanovskaja', {}, ['001', '004']],
  ['presidentsverk*', {}, ['000', '004']],
  ['Poetin', { from: '2021-01-01' }, ['000']],
  ['Poetin', { from: '2020-08-20', to: '2020-08-20' }, ['002', '003']],
  ['Poetin', { to: '2020-09-30' }, ['002', '003', '004']],
  ['Poetin', { from: '2020-10-01', to: '2021-10-31' }, []],
  ['"Foutje gezien"', {}, []],
  ['"Pro Shots"', {}, []],
];

/** Runs one command as `kroniek` would, in this process, and returns what it printed. */
async function run(command: Command, args: readonly string[]): Promise<{ stdout: string; code: number }> {
  let stdout = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  try {
    await command.exitOverride().parseAsync(args, { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { stdout, code };
}

function seedNumbers(hits: readonly { source: string }[]): string[] {
  return hits.map((hit) => hit.source.split('/').pop()!.slice(0, 3)).sort();
}

describe.skipIf(!postgres.available)('the seeds on PostgreSQL and SQLite', () => {
  let url: string;
  let dbPath: string;
  let pgStore: DocumentStore;
  let sqliteStore: DocumentStore;

  beforeAll(async () => {
    url = await postgres.createDatabase();
    const ingested = runCli(['ingest', SEEDS, '--db', url]);
    expect(ingested.stderr).toBe('');
    expect(ingested.stdout).toContain('read 5, new 5, updated 0, unchanged 0, failed 0');
    ({ dbPath, store: sqliteStore } = await ingestInto([SEEDS]));
    pgStore = openStore(url, 'existing');
  });
  afterAll(async () => {
    await pgStore?.close();
    await sqliteStore?.close();
  });

  it.each(SEARCHES)('search %s %o finds the same documents as on SQLite', async (query, options, expected) => {
    const search = { limit: 10, snippetChars: 200, ...options };
    const onPostgres = await pgStore.search(parseQuery(query), search);
    expect(seedNumbers(onPostgres)).toEqual(expected);
    expect(seedNumbers(onPostgres)).toEqual(seedNumbers(await sqliteStore.search(parseQuery(query), search)));
    expect(await pgStore.countSearch(parseQuery(query), options)).toBe(expected.length);
    for (const hit of onPostgres) {
      const text = (await pgStore.getDocument(hit.id))!.text.replace(/\n/g, ' ');
      expect(text.slice(hit.snippet.offset, hit.snippet.offset + hit.snippet.text.length)).toBe(hit.snippet.text);
      expect(hit.snippet.highlights.length).toBeGreaterThan(0);
    }
  });

  it('highlights the words that matched in their own spelling, and ranks a title match first', async () => {
    const [hit] = await pgStore.search(parseQuery('Oekraine'), { limit: 1, snippetChars: 200 });
    const { text, highlights } = hit!.snippet;
    expect(highlights.map(({ start, end }) => text.slice(start, end))).toEqual(['Oekraïne']);
    const [top] = await pgStore.search(parseQuery('aangeklopt Poetin'), { limit: 3, snippetChars: 100 });
    expect(top!.title).toBe('Wit-Russische leider Loekasjenko klopt aan bij Poetin');
  });

  it('prints the same stats, export, entities, stories, duplicates and conflicts', async () => {
    for (const [make, args] of [
      [statsCommand, []],
      [exportCommand, ['--format', 'jsonl']],
      [entitiesCommand, ['--json']],
      [entitiesCommand, ['--type', 'PER']],
      [storiesCommand, ['--json']],
      [duplicatesCommand, ['--json']],
      [conflictsCommand, ['--json']],
    ] as const) {
      const onPostgres = await run(make(), [...args, '--db', url]);
      const onSqlite = await run(make(), [...args, '--db', dbPath]);
      expect(onPostgres.code, `${make.name} ${args.join(' ')}`).toBe(0);
      // stats names its database first.
      expect(onPostgres.stdout.replace(url, 'DB'), `${make.name} ${args.join(' ')}`).toBe(onSqlite.stdout.replace(dbPath, 'DB'));
      expect(onPostgres.stdout.length).toBeGreaterThan(2);
    }
  });

  it('shows the same story, entity, timeline and facts', async () => {
    const [story] = await sqliteStore.stories.list();
    const [document] = story!.documents;
    for (const [make, args] of [
      [storyCommand, [story!.id, '--json']],
      [timelineCommand, ['--story', story!.id, '--json']],
      [timelineCommand, ['--entity', 'Loekasjenko']],
      [entityCommand, ['lukashenko', '--json']],
      [factsCommand, [document!, '--json']],
      [searchCommand, ['Poetin']],
    ] as const) {
      const onPostgres = await run(make(), [...args, '--db', url]);
      const onSqlite = await run(make(), [...args, '--db', dbPath]);
      expect(onPostgres.code, `${make.name} ${args.join(' ')}`).toBe(0);
      if (make === searchCommand) {
        // Scores, snippets and so the order are each engine's own; the documents found are not.
        const ids = (out: string) => [...out.matchAll(/ · id (\S+) · /g)].map((match) => match[1]).sort();
        expect(ids(onPostgres.stdout)).toHaveLength(4);
        expect(ids(onPostgres.stdout)).toEqual(ids(onSqlite.stdout));
        continue;
      }
      expect(onPostgres.stdout, `${make.name} ${args.join(' ')}`).toBe(onSqlite.stdout);
    }
  });

  it('serves the same API replies', async () => {
    const apps = await Promise.all([buildApp(pgStore), buildApp(sqliteStore)]);
    try {
      for (const path of ['/api/stats', '/api/documents?limit=5', '/api/entities?limit=10', '/api/stories', '/api/timeline?entity=Loekasjenko']) {
        const [onPostgres, onSqlite] = await Promise.all(apps.map((app) => app.inject(path)));
        expect(onPostgres!.statusCode, path).toBe(onSqlite!.statusCode);
        expect(onPostgres!.json(), path).toEqual(onSqlite!.json());
      }
      const [found] = await Promise.all(apps.map(async (app) => (await app.inject('/api/search?q=Poetin')).json()));
      expect(found.total).toBe(4);
    } finally {
      await Promise.all(apps.map((app) => app.close()));
    }
  });

  it('refuses a PostgreSQL database without Kroniek in it, as a missing file', async () => {
    const empty = await postgres.createDatabase();
    const { code } = await run(statsCommand(), ['--db', empty]);
    expect(code).toBe(2);
  });
});
