import { describe, expect, it } from 'vitest';
import { dayRange, parsePublished } from '../../../src/doc/published.ts';

describe('parsePublished', () => {
  it.each([
    ['2021', { value: '2021', precision: 'year' }],
    ['2021-11', { value: '2021-11', precision: 'month' }],
    ['2021-11-17', { value: '2021-11-17', precision: 'day' }],
    ['2021-11-17T14:32:05+01:00', { value: '2021-11-17T14:32+01:00', precision: 'minute' }],
    ['2021-11-17T13:32:05Z', { value: '2021-11-17T13:32+00:00', precision: 'minute' }],
    ['2021-11-17 14:32', { value: '2021-11-17T14:32', precision: 'minute' }],
    ['Wed, 17 Nov 2021 14:32:00 +0100', { value: '2021-11-17T14:32+01:00', precision: 'minute' }],
    [1637155920, { value: '2021-11-17T13:32+00:00', precision: 'minute' }],
  ] as const)('reads %s with its own precision', (input, expected) => {
    expect(parsePublished(input)).toEqual(expected);
  });

  it('never turns a month into a day', () => {
    expect(parsePublished('2021-11')?.value).not.toContain('-01');
  });

  it.each(['', 'gisteren', '2021-13', '2021-02-30', 'not a date'])('rejects %j', (input) => {
    expect(parsePublished(input)).toBeNull();
  });
});

describe('dayRange', () => {
  it('covers the whole month of a month date', () => {
    expect(dayRange({ value: '2020-02', precision: 'month' })).toEqual({ first: '2020-02-01', last: '2020-02-29' });
  });

  it('covers the whole year of a year date and one day of a day or minute date', () => {
    expect(dayRange({ value: '2021', precision: 'year' })).toEqual({ first: '2021-01-01', last: '2021-12-31' });
    expect(dayRange({ value: '2021-11-17T23:50+01:00', precision: 'minute' })).toEqual({ first: '2021-11-17', last: '2021-11-17' });
  });
});
