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
afterAll(() => store.close());

function search(query: string, options: Partial<SearchOptions> = {}) {
  return store.search(parseQuery(query), { limit: 10, snippetChars: 200, ...options });
}

function seedNumbers(query: string, options: Partial<SearchOptions> = {}): string[] {
  return search(query, options).map((hit) => hit.source.split('/').pop()!.slice(0, 3)).sort();
}

describe('search', () => {
  it('finds by Dutch stem: protesten finds protest and protesten', () => {
    expect(seedNumbers('protesten')).toEqual(['001', '002', '003', '004']);
    expect(seedNumbers('protest')).toEqual(seedNumbers('protesten'));
  });

  it('ignores diacritics: Oekraine finds Oekraïne', () => {
    expect(seedNumbers('Oekraine')).toEqual(['002']);
    expect(seedNumbers('Oekraïne')).toEqual(['002']);
  });

  it('searches every indexed form of a stem, including undoubled vowels', () => {
    expect(seedNumbers('demonstratie')).toEqual(['003']);
    expect(seedNumbers('jaren')).toEqual(seedNumbers('jaar'));
    expect(seedNumbers('"grote protest"')).toEqual(['001']);
  });

  it('highlights the words that matched, in their own spelling', () => {
    const [hit] = search('Oekraine');
    const marked = markSnippet(hit!.snippet, '[', ']');
    expect(marked).toContain('[Oekraïne]');
  });

  it('finds phrases, excludes terms and takes alternatives', () => {
    expect(seedNumbers('"laatste dictator van Europa"')).toEqual(['000']);
    expect(seedNumbers('Lukashenko')).toEqual(['003']);
    expect(seedNumbers('Loekasjenko -Merkel')).toEqual(['001', '002', '004']);
    expect(seedNumbers('Stoltenberg OR Tichanovskaja')).toEqual(['001', '004']);
    expect(seedNumbers('presidentsverk*')).toEqual(['000', '004']);
  });

  it('ranks a title match first', () => {
    expect(search('aangeklopt Poetin')[0]!.title).toBe('Wit-Russische leider Loekasjenko klopt aan bij Poetin');
  });

  it('filters by date, keeping month-precision articles for any day in their month', () => {
    expect(seedNumbers('Poetin', { from: '2021-01-01' })).toEqual(['000']);
    expect(seedNumbers('Poetin', { from: '2020-08-20', to: '2020-08-20' })).toEqual(['002', '003']);
    expect(seedNumbers('Poetin', { to: '2020-09-30' })).toEqual(['002', '003', '004']);
    expect(seedNumbers('Poetin', { from: '2020-10-01', to: '2021-10-31' })).toEqual([]);
  });

  it('does not find removed boilerplate', () => {
    expect(seedNumbers('"Foutje gezien"')).toEqual([]);
    expect(seedNumbers('"Pro Shots"')).toEqual([]);
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

  it('quotes every token so user input is never FTS5 syntax', () => {
    const asWritten = (word: { folded: string }) => [word.folded];
    expect(toFts5(parseQuery('NEAR(a b) AND "c" -d'), asWritten)).toBe('("near a" AND "b" AND "and" AND "c") NOT "d"');
    expect(search('NEAR(Poetin Minsk) AND')).not.toBeNull();
  });
});
