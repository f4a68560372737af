import { describe, expect, it } from 'vitest';
import { parseGoldValue, sameSource } from '../../../src/eval/facts/figure-scorer.ts';

describe('the figure scorer', () => {
  it('reads gold values and ranges', () => {
    expect(parseGoldValue('7')).toEqual({ value: 7, high: null });
    expect(parseGoldValue('80.1')).toEqual({ value: 80.1, high: null });
    expect(parseGoldValue('2000-9999')).toEqual({ value: 2000, high: 9999 });
    expect(parseGoldValue('zeven')).toBeNull();
  });

  it('takes a source as right when one is a run of whole words of the other, case-insensitive', () => {
    expect(sameSource('De Poolse grenswacht', 'Poolse grenswacht')).toBe(true);
    expect(sameSource('een woordvoerder van de zaal', 'een woordvoerder')).toBe(true);
    expect(sameSource('de politie', 'De Politie')).toBe(true);
    expect(sameSource('', null)).toBe(true);
    expect(sameSource('de politie', null)).toBe(false);
    expect(sameSource('', 'de politie')).toBe(false);
    expect(sameSource('politie', 'politiebond')).toBe(false);
  });
});
