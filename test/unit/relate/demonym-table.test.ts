import { describe, expect, it } from 'vitest';
import { demonymForms, loadDemonymTable, parseDemonymTable } from '../../../src/relate/entities/demonym-table.ts';
import { loadExonymLexicon } from '../../../src/relate/entities/exonym-lexicon.ts';

describe('the demonym table', () => {
  const rows = loadDemonymTable();

  it('gives each place its adjective, inflected adjective and inhabitant names', () => {
    const belarus = rows.find((row) => row.place === 'Wit-Rusland')!;
    expect(demonymForms(belarus)).toEqual(expect.arrayContaining(['Wit-Russisch', 'Wit-Russische', 'Wit-Rus', 'Wit-Russen']));
    expect(demonymForms(rows.find((row) => row.place === 'China')!)).toContain('Chinese');
  });

  it('links the demonyms of places the exonym lexicon knows to those places, never to another', () => {
    const lexicon = loadExonymLexicon();
    expect(lexicon.demonym('Poolse')?.name).toBe('Polen');
    expect(lexicon.demonym('Wit-Russen')?.id).toBe('BY');
    expect(lexicon.demonym('Russische')?.id).toBe('RU');
    expect(lexicon.demonym('Oekraïense')?.id).toBe('UA');
    // Every row whose place the lexicon names links all its forms there.
    for (const row of rows) {
      const place = row.place === null ? null : lexicon.name(row.place);
      if (!place) continue;
      for (const form of demonymForms(row)) {
        const found = lexicon.demonym(form);
        if (found) expect(found.id, form).toBe(place.id);
      }
    }
  });

  it('names the file and line of a malformed row', () => {
    expect(() => parseDemonymTable('# comment\nPolen | Pools | Pool\n', 'demonyms.txt')).toThrow(/demonyms\.txt:2/);
  });
});
