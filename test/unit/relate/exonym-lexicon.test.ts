import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXONYM_TABLE, loadExonymLexicon, lookupForm } from '../../../src/relate/entities/exonym-lexicon.ts';
import { EXONYM_KINDS, EXONYM_TYPES, parseExonymTable } from '../../../src/relate/entities/exonym-table.ts';
import { inflectAdjective } from '../../../src/relate/entities/dutch-adjective.ts';
import { InputError } from '../../../src/errors.ts';

const path = fileURLToPath(EXONYM_TABLE);
const text = readFileSync(path, 'utf8');
const rows = parseExonymTable(text, path);
const lexicon = loadExonymLexicon();

describe('data/exonyms-nl.tsv', () => {
  it('parses every row, and every data line is a row', () => {
    const dataLines = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(rows).toHaveLength(dataLines.length);
    expect(rows.length).toBeGreaterThan(1000);
  });

  it('gives every row a known type, kind, a name and a named source', () => {
    for (const row of rows) {
      const where = `${row.id} ${row.name}`;
      expect(EXONYM_TYPES, where).toContain(row.type);
      expect(EXONYM_KINDS, where).toContain(row.kind);
      expect(lookupForm(row.name).length, where).toBeGreaterThan(0);
      expect(row.source, where).toMatch(/^(cldr-(zones-)?(nl|en|de|fr)|countries-list|kroniek)$/);
    }
  });

  it('gives every entry one type and at most one preferred name', () => {
    const types = new Map<string, Set<string>>();
    const preferred = new Map<string, number>();
    for (const row of rows) {
      types.set(row.id, (types.get(row.id) ?? new Set()).add(row.type));
      if (row.kind === 'preferred') preferred.set(row.id, (preferred.get(row.id) ?? 0) + 1);
    }
    for (const [id, set] of types) expect(set.size, id).toBe(1);
    for (const [id, count] of preferred) expect(count, id).toBe(1);
  });

  it('rejects a malformed row, naming the file and line', () => {
    expect(() => parseExonymTable('# header\nBY\tLOC\tname\tBelarus\n', 'x.tsv')).toThrow(InputError);
    expect(() => parseExonymTable('BY\tPER\tname\tBelarus\tkroniek\n', 'x.tsv')).toThrow(/x\.tsv:1/);
  });
});

describe('the exonym lexicon', () => {
  const id = (name: string): string | undefined => lexicon.name(name)?.id;

  it('gives Wit-Rusland, Belarus and Republiek Belarus one id, and Rusland another', () => {
    expect(id('Wit-Rusland')).toBe('BY');
    expect(id('Belarus')).toBe('BY');
    expect(id('Republiek Belarus')).toBe('BY');
    expect(id('Witrusland')).toBe('BY');
    expect(id('Rusland')).toBe('RU');
    expect(id('Russia')).toBe('RU');
  });

  it('gives Navo, NAVO and NATO one id, and EU and Europese Unie another', () => {
    expect(id('Navo')).toBe(id('NATO'));
    expect(id('NAVO')).toBe(id('Navo'));
    expect(id('Navo')).toBeDefined();
    expect(id('EU')).toBe(id('Europese Unie'));
    expect(id('EU')).toBeDefined();
    expect(id('EU')).not.toBe(id('Navo'));
  });

  it('knows Kremlin, Interfax and BBC as organisations, countries as places, and folds an article', () => {
    for (const name of ['Kremlin', 'het Kremlin', 'Interfax', 'BBC', 'Navo', 'EU']) expect(lexicon.name(name)?.type, name).toBe('ORG');
    for (const name of ['Wit-Rusland', 'Polen', 'Duitsland', 'Minsk', 'Moskou']) expect(lexicon.name(name)?.type, name).toBe('LOC');
  });

  it('names an entry by its Dutch display name', () => {
    expect(lexicon.entry('BY')?.name).toBe('Wit-Rusland');
    expect(lexicon.name('Europese Unie')?.name).toBe('Europese Unie');
    expect(lexicon.name('NATO')?.name).toBe('Navo');
  });

  it('links demonyms and adjectives to their place, not as names', () => {
    expect(lexicon.demonym('Wit-Russische')?.id).toBe('BY');
    expect(lexicon.demonym('Wit-Russisch')?.id).toBe('BY');
    expect(lexicon.demonym('Wit-Russen')?.id).toBe('BY');
    expect(lexicon.demonym('Poolse')?.id).toBe('PL');
    expect(lexicon.demonym('Duitse')?.id).toBe('DE');
    expect(lexicon.demonym('Russische')?.id).toBe('RU');
    expect(lexicon.name('Wit-Russische')).toBeNull();
    expect(lexicon.demonym('Loekasjenko')).toBeNull();
  });

  it('inflects adjectives of place', () => {
    expect(inflectAdjective('Wit-Russisch')).toBe('Wit-Russische');
    expect(inflectAdjective('Pools')).toBe('Poolse');
    expect(inflectAdjective('Europees')).toBe('Europese');
  });
});
