import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../../src/annotate/document-builder.ts';
import { makeSettings } from '../../../src/config/settings.ts';
import type { Document } from '../../../src/doc/types.ts';
import { readInputs } from '../../../src/ingest/read-inputs.ts';
import { PG_MIGRATIONS } from '../../../src/store/postgres/migrations.ts';
import { PgDatabase } from '../../../src/store/postgres/pg-database.ts';
import { PostgresStore } from '../../../src/store/postgres/postgres-store.ts';
import { storyArticle } from '../../../src/relate/stories/story-article.ts';
import { DEFAULT_STORY_OPTIONS, StoryClusterer } from '../../../src/relate/stories/story-clusterer.ts';
import { updateStories } from '../../../src/relate/stories/update-stories.ts';
import { testPostgres } from '../../helpers/postgres-server.ts';
import { SEEDS } from '../../helpers/workspace.ts';

const postgres = testPostgres();
const FOUNDATION = makeSettings({ workers: 0, languageCore: false });

async function versions(db: PgDatabase): Promise<number[]> {
  return (await db.query<{ version: number }>('SELECT version FROM kroniek_schema ORDER BY version')).map((row) => row.version);
}

async function columnsOf(db: PgDatabase, table: string): Promise<string[]> {
  const rows = await db.query<{ column_name: string }>(
    'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
    [table],
  );
  return rows.map((row) => row.column_name);
}

async function seedDocuments(): Promise<{ document: Document; sourceKey: string }[]> {
  const builder = await DocumentBuilder.create(FOUNDATION);
  const built: { document: Document; sourceKey: string }[] = [];
  for await (const result of readInputs([SEEDS], FOUNDATION)) {
    if (result.kind === 'failure') throw new Error(result.message);
    built.push({ document: builder.build(result.article), sourceKey: result.article.sourceKey });
  }
  return built;
}

describe.skipIf(!postgres.available)('the PostgreSQL schema', () => {
  it('migrates a database of schema 1 to the newest, one recorded version at a time', async () => {
    const url = await postgres.createDatabase();
    const old = new PgDatabase(url, 'create', PG_MIGRATIONS.slice(0, 1));
    expect(await versions(old)).toEqual([1]);
    expect(await columnsOf(old, 'layers')).toEqual(['document_id', 'name', 'spans']);
    await old.close();
    const store = new PostgresStore(url);
    expect(await store.counts()).toEqual({ documents: 0, sources: 0 });
    await store.close();
    const migrated = new PgDatabase(url);
    expect(await versions(migrated)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    expect(await columnsOf(migrated, 'layers')).toEqual(['document_id', 'name', 'spans', 'encoding']);
    await migrated.close();
  });

  it('numbers its migrations as SQLite does', async () => {
    const { MIGRATIONS } = await import('../../../src/store/sqlite/migrations.ts');
    expect(PG_MIGRATIONS.map(({ version, name }) => ({ version, name }))).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
  });

  it('leaves the database as it was when a migration fails half-way', async () => {
    const url = await postgres.createDatabase();
    const failing = [PG_MIGRATIONS[0]!, { version: 2, name: 'broken', sql: 'ALTER TABLE layers ADD COLUMN extra text; SELECT * FROM no_such_table;' }];
    const broken = new PgDatabase(url, 'create', failing);
    await expect(broken.query('SELECT 1')).rejects.toThrow(/no_such_table/);
    await broken.close();
    const db = new PgDatabase(url, 'create', PG_MIGRATIONS.slice(0, 1));
    expect(await versions(db)).toEqual([1]);
    expect(await columnsOf(db, 'layers')).toEqual(['document_id', 'name', 'spans']);
    await db.close();
  });

  it('is refused by an older Kroniek once migrated, and an empty database is not an existing store', async () => {
    const url = await postgres.createDatabase();
    await new PostgresStore(url).close();
    const older = new PgDatabase(url, 'create', PG_MIGRATIONS.slice(0, 1));
    await expect(older.query('SELECT 1')).rejects.toThrow(`made by a newer Kroniek (schema ${PG_MIGRATIONS.at(-1)!.version}, this one knows 1)`);
    await older.close();
    const empty = new PostgresStore(await postgres.createDatabase(), 'existing');
    await expect(empty.counts()).rejects.toThrow('no Kroniek database here');
    await empty.close();
  });

  it('migrates once when several processes open a new database at the same moment', async () => {
    const url = await postgres.createDatabase();
    const stores = Array.from({ length: 4 }, () => new PostgresStore(url));
    expect(await Promise.all(stores.map((store) => store.counts()))).toEqual(Array(4).fill({ documents: 0, sources: 0 }));
    await Promise.all(stores.map((store) => store.close()));
    const db = new PgDatabase(url);
    expect(await versions(db)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    await db.close();
  });
});

describe.skipIf(!postgres.available)('the PostgreSQL store', () => {
  it('writes a batch whole or not at all', async () => {
    const store = new PostgresStore(await postgres.createDatabase());
    const [first, second, third] = await seedDocuments();
    const invalid = { ...second!, document: { ...second!.document, published: { value: '2020', precision: 'week' as never } } };
    await expect(store.writeBatch([first!, invalid])).rejects.toThrow(/published_precision/);
    expect(await store.counts()).toEqual({ documents: 0, sources: 0 });
    expect(await store.writeBatch([first!, third!, first!])).toEqual(['new', 'new', 'unchanged']);
    expect(await store.counts()).toEqual({ documents: 2, sources: 2 });
    await store.close();
  });

  it('streams the corpus in date order, and gives its connection back when a reader stops early', async () => {
    const store = new PostgresStore(await postgres.createDatabase());
    const seeds = await seedDocuments();
    await store.writeBatch(seeds);
    const read: Document[] = [];
    for await (const document of store.iterateDocuments()) read.push(document);
    expect(read.map((d) => d.published?.value)).toEqual(seeds.map((s) => s.document.published?.value).sort());
    // More early stops than the pool has connections: a leaked connection would hang here.
    for (let i = 0; i < 12; i++) {
      for await (const document of store.iterateDocuments()) {
        expect(document.text.length).toBeGreaterThan(0);
        break;
      }
    }
    expect((await store.counts()).documents).toBe(5);
    await store.close();
  });

  it('searches nothing for a query of Dutch stop words only, without an error', async () => {
    const store = new PostgresStore(await postgres.createDatabase());
    await store.writeBatch(await seedDocuments());
    const { parseQuery } = await import('../../../src/search/query.ts');
    expect(await store.search(parseQuery('de het'), { limit: 5, snippetChars: 100 })).toEqual([]);
    expect(await store.search(parseQuery("O'Brien Minsk"), { limit: 5, snippetChars: 100 })).toEqual([]);
    await store.close();
  });

  it('does not let two processes cluster stories over each other: the later save is refused, and runs again from the new state', async () => {
    const url = await postgres.createDatabase();
    const [first, second] = [new PostgresStore(url), new PostgresStore(url)];
    const seeds = await seedDocuments();
    await first.writeBatch(seeds);
    const cluster = async (store: PostgresStore, index: number) => {
      const clusterer = new StoryClusterer(DEFAULT_STORY_OPTIONS, store.stories.signatures, await store.stories.loadStream());
      const document = (await store.getDocument(seeds[index]!.document.id))!;
      return () => store.stories.saveBatch(() => ({ assignments: [clusterer.add(storyArticle(document))], changes: clusterer.takeChanges() }));
    };
    const [saveFirst, saveSecond] = [await cluster(first, 0), await cluster(second, 1)];
    await saveFirst();
    await expect(saveSecond()).rejects.toThrow('another process clustered stories meanwhile');
    expect(await updateStories(second)).toBeGreaterThan(0);
    expect(await first.stories.unassignedDocuments()).toEqual([]);
    const members = (await first.stories.list()).flatMap((story) => story.documents);
    expect(members.sort()).toEqual(seeds.map((s) => s.document.id).sort());
    await Promise.all([first.close(), second.close()]);
  });
});
