import { describe, expect, it } from 'vitest';
import { parseDigitNumber } from '../../../src/annotate/figures/digit-number.ts';
import { numberWords } from '../../../src/annotate/figures/number-words.ts';

describe('Dutch number words', () => {
  const words = numberWords();

  it('reads cardinals and their compounds', () => {
    const cases: [string, number][] = [
      ['zeven', 7], ['tien', 10], ['twaalf', 12], ['twintig', 20], ['eenentwintig', 21], ['drieëntwintig', 23],
      ['vijfenzestig', 65], ['honderd', 100], ['driehonderd', 300], ['honderdvijftig', 150], ['tweehonderdvijfenzeventig', 275],
      ['duizend', 1000], ['tweeduizend', 2000], ['vijfentwintigduizend', 25000], ['zeventienhonderd', 1700], ['tweeduizendenvijf', 2005],
    ];
    for (const [word, value] of cases) expect(words.cardinal(word), word).toBe(value);
  });

  it('gives "een" alone, ordinals and other words no value', () => {
    for (const word of ['een', 'eerste', 'tweede', 'zesde', 'tienduizendste', 'entwintig', 'enkele', 'tiental', 'miljoen']) expect(words.cardinal(word), word).toBeNull();
  });

  it('has vague plurals as ranges and scale words as multipliers', () => {
    expect(words.word('duizenden')).toMatchObject({ kind: 'vague', value: 2000, high: 9999 });
    expect(words.word('tientallen')).toMatchObject({ kind: 'vague', value: 20, high: 99 });
    expect(words.word('miljoen')).toMatchObject({ kind: 'scale', value: 1e6 });
    expect(words.word('half')).toMatchObject({ kind: 'fraction', value: 0.5 });
  });
});

describe('Dutch digits', () => {
  it('reads dots as thousands and commas as decimals, with signs', () => {
    expect(parseDigitNumber('1.000')).toEqual({ value: 1000, unit: null, plain: false });
    expect(parseDigitNumber('12.500.000')?.value).toBe(12500000);
    expect(parseDigitNumber('3,5')?.value).toBe(3.5);
    expect(parseDigitNumber('1.234,5')?.value).toBe(1234.5);
    expect(parseDigitNumber('1994')).toEqual({ value: 1994, unit: null, plain: true });
    expect(parseDigitNumber('5%')).toEqual({ value: 5, unit: 'procent', plain: false });
    expect(parseDigitNumber('€2,5')).toEqual({ value: 2.5, unit: 'euro', plain: false });
  });

  it('reads no clock times, dates, scores or English decimals', () => {
    for (const form of ['14.30', '9/11', '3-1', '1.5', '10.00', '€', '%']) expect(parseDigitNumber(form), form).toBeNull();
  });
});
