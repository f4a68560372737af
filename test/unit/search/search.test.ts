import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryError } from '../../../src/errors.ts';
import { parseQuery, toFts5 } from '../../../src/search/query.ts';
import { markSnippet } from '../../../src/search/snippet.ts';
import type { SearchOptions } from '../../../src/store/store.ts';
import type { SqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import { SEEDS, ingestInto } from '../../helpers/workspace.ts';

let store: SqliteStore;
beforeAll(async () => {
  ({ store } = await ingestInto([SEEDS]));
});
afterAll(async () => store.close());

async function search(query: string, options: Partial<SearchOptions> = {}) {
  return store.search(parseQuery(query), { limit: 10, snippetChars: 200, ...options });
}

async function seedNumbers(query: string, options: Partial<SearchOptions> = {}): Promise<string[]> {
  return (await search(query, options)).map((hit) => hit.source.split('/').pop()!.slice(0, 3)).sort();
}

describe('search', () => {
  it('finds by Dutch stem: protesten finds protest and protesten', async () => {
    expect(await seedNumbers('protesten')).toEqual(['001', '002', '003', '004']);
    expect(await seedNumbers('protest')).toEqual(await seedNumbers('protesten'));
  });

  it('ignores diacritics: Oekraine finds Oekraïne', async () => {
    expect(await seedNumbers('Oekraine')).toEqual(['002']);
    expect(await seedNumbers('Oekraïne')).toEqual(['002']);
  });

  it('searches every indexed form of a stem, including undoubled vowels', async () => {
    expect(await seedNumbers('demonstratie')).toEqual(['003']);
    expect(await seedNumbers('jaren')).toEqual(await seedNumbers('jaar'));
    expect(await seedNumbers('"grote protest"')).toEqual(['001']);
  });

  it('highlights the words that matched, in their own spelling', async () => {
    const [hit] = await search('Oekraine');
    const marked = markSnippet(hit!.snippet, '[', ']');
    expect(marked).toContain('[Oekraïne]');
  });

  it('finds phrases, excludes terms and takes alternatives', async () => {
    expect(await seedNumbers('"laatste dictator van Europa"')).toEqual(['000']);
    expect(await seedNumbers('Lukashenko')).toEqual(['003']);
    expect(await seedNumbers('Loekasjenko -Merkel')).toEqual(['001', '002', '004']);
    expect(await seedNumbers('Stoltenberg OR Tichanovskaja')).toEqual(['001', '004']);
    expect(await seedNumbers('presidentsverk*')).toEqual(['000', '004']);
  });

  it('ranks a title match first', async () => {
    expect((await search('aangeklopt Poetin'))[0]!.title).toBe('Wit-Russische leider Loekasjenko klopt aan bij Poetin');
  });

  it('filters by date, keeping month-precision articles for any day in their month', async () => {
    expect(await seedNumbers('Poetin', { from: '2021-01-01' })).toEqual(['000']);
    expect(await seedNumbers('Poetin', { from: '2020-08-20', to: '2020-08-20' })).toEqual(['002', '003']);
    expect(await seedNumbers('Poetin', { to: '2020-09-30' })).toEqual(['002', '003', '004']);
    expect(await seedNumbers('Poetin', { from: '2020-10-01', to: '2021-10-31' })).toEqual([]);
  });

  it('does not find removed boilerplate', async () => {
    expect(await seedNumbers('"Foutje gezien"')).toEqual([]);
    expect(await seedNumbers('"Pro Shots"')).toEqual([]);
  });

  it.each([
    ['"unclosed phrase', /unclosed quote/],
    ['', /no words/],
    ['-Poetin', /not excluded/],
    ['OR Poetin', /both sides/],
    ['Poetin OR', /both sides/],
    ['!!! ???', /no words/],
  ])('rejects the malformed query %j with a clear error', (query, message) => {
    expect(() => parseQuery(query)).toThrow(QueryError);
    expect(() => parseQuery(query)).toThrow(message);
  });

  it('quotes every token so user input is never FTS5 syntax', async () => {
    const asWritten = (word: { folded: string }) => [word.folded];
    expect(toFts5(parseQuery('NEAR(a b) AND "c" -d'), asWritten)).toBe('("near a" AND "b" AND "and" AND "c") NOT "d"');
    expect(search('NEAR(Poetin Minsk) AND')).not.toBeNull();
  });
});
