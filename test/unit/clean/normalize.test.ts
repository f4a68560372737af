import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/clean/normalize.ts';

describe('normalizeText', () => {
  it('composes to NFC and maps back to the input', () => {
    const input = 'Oekrai\u0308ne en Tichanovskaja';
    const { text, inputIndex } = normalizeText(input);
    expect(text).toBe('Oekraïne en Tichanovskaja');
    expect(inputIndex(text.indexOf('en'))).toBe(input.indexOf('en'));
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(normalizeText('presi\u00addents\u200bverkiezingen\ufeff').text).toBe('presidentsverkiezingen');
  });

  it('collapses spaces, no-break spaces and tabs, and trims line ends', () => {
    expect(normalizeText('  80\u00a0procent \t van   de stemmen  \n').text).toBe('80 procent van de stemmen');
  });

  it('keeps paragraphs, with at most one blank line between them', () => {
    expect(normalizeText('Eerste alinea.\r\n\r\n\r\n  \nTweede\nregel.').text).toBe('Eerste alinea.\n\nTweede\nregel.');
  });

  it('maps every character of the output to the input character it came from', () => {
    const input = ' a\u00ad b\r\n\r\nc';
    const { text, inputIndex } = normalizeText(input);
    expect(text).toBe('a b\n\nc');
    expect(Array.from({ length: text.length + 1 }, (_, i) => inputIndex(i))).toEqual([1, 3, 4, 5, 5, 9, 10]);
  });

  it('returns text that needs no work unchanged, mapped one to one', () => {
    const input = 'Loekasjenko reist naar Moskou.\n\nHij spreekt Poetin.';
    const { text, inputIndex } = normalizeText(input);
    expect(text).toBe(input);
    expect(inputIndex(12)).toBe(12);
  });
});
