import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffEncoding } from '../../../src/ingest/decode.ts';

const DUTCH = 'De Wit-Russische oppositie noemt de “verkiezing” een farce: € 80 miljoen, café, Oekraïne, ruïne — één keer.';

describe('decodeBytes', () => {
  it('reads UTF-8 as UTF-8 and drops a byte-order mark', () => {
    expect(decodeBytes(Buffer.from(`\ufeff${DUTCH}`, 'utf8'))).toEqual({ text: DUTCH, encoding: 'utf-8' });
  });

  it('reads windows-1252 with its curly quotes, dash and euro sign intact', () => {
    const decoded = decodeBytes(iconv.encode(DUTCH, 'windows-1252'));
    expect(decoded.text).toBe(DUTCH);
    expect(decoded.encoding).not.toBe('utf-8');
  });

  it('reads ISO-8859-1 text as windows-1252', () => {
    const latin1 = 'Oekraïne en café zijn één tekst over de ruïne van het paleis in de hoofdstad.';
    expect(decodeBytes(iconv.encode(latin1, 'latin1')).text).toBe(latin1);
  });

  it('follows a declared charset in HTML', () => {
    const html = `<html><head><meta charset="windows-1252"></head><body><p>${DUTCH}</p></body></html>`;
    expect(decodeBytes(iconv.encode(html, 'windows-1252')).text).toBe(html);
  });
});

describe('sniffEncoding', () => {
  it('accepts UTF-8 cut off in the middle of a character', () => {
    const bytes = Buffer.from('Oekraïne', 'utf8');
    expect(sniffEncoding(bytes.subarray(0, 5))).toBe('utf-8');
  });
});
