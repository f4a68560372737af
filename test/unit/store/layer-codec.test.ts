import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/annotate/seeded-shuffle.ts';
import { decodeLayer, encodeLayer } from '../../../src/store/sqlite/layer-codec.ts';

/** Spans like the token layer's: Dutch tokens analysed, a run of English ones not. */
function tokenLike(count: number): Record<string, unknown>[] {
  const spans: Record<string, unknown>[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const start = at + 1;
    const end = start + 1 + (i % 7);
    at = end;
    const base = { start, end, producer: i >= 20 && i < 30 ? 'kroniek-nl-tokenizer' : 'kroniek-nl-tokenizer+models', sentence: Math.floor(i / 9) };
    if (i >= 20 && i < 30) spans.push({ ...base, language: 'en' });
    else spans.push({ ...base, upos: ['NOUN', 'VERB', 'PUNCT'][i % 3], xpos: '_', feats: '_', lemma: `woord${i % 11}`, head: i % 9 === 0 ? null : i - 1, deprel: i % 9 === 0 ? 'root' : 'dep' });
  }
  return spans;
}

/** Decoding must give the very same JSON: values, absent fields and key order. */
function roundTrip(spans: readonly unknown[]): { encoding: string; json: string } {
  const encoded = encodeLayer(spans);
  expect(JSON.stringify(decodeLayer(encoded.encoding, encoded.json))).toBe(JSON.stringify(spans));
  return encoded;
}

describe('the layer codec', () => {
  it('writes a token layer as columns, losslessly and several times smaller than rows', () => {
    const spans = tokenLike(400);
    const encoded = roundTrip(spans);
    expect(encoded.encoding).toBe('columns');
    expect(encoded.json.length * 4).toBeLessThan(JSON.stringify(spans).length);
  });

  it('keeps a small layer, and an empty one, as rows: columns would cost more than they save', () => {
    expect(roundTrip([])).toEqual({ encoding: 'rows', json: '[]' });
    expect(roundTrip([{ start: 0, end: 5, producer: 'eld-paragraph', language: 'en', kind: 'embed' }]).encoding).toBe('rows');
  });

  it('falls back to rows when spans order their fields differently, so key order survives', () => {
    const spans = [...tokenLike(10), { producer: 'x', start: 1, end: 2 }];
    expect(roundTrip(spans).encoding).toBe('rows');
  });

  it('keeps nulls apart from absent fields, and fields absent at the start, middle and end', () => {
    const spans = Array.from({ length: 12 }, (_, i) => ({
      start: i,
      end: i + 1,
      producer: 'p',
      ...(i < 3 || i === 6 || i > 9 ? {} : { head: i === 5 ? null : i + 2 }),
      ...(i % 4 === 0 ? { note: null } : {}),
    }));
    expect(roundTrip(spans).encoding).toBe('columns');
  });

  it('keeps values that are not integers or strings as they are: fractions, booleans, objects, big numbers', () => {
    const spans = Array.from({ length: 10 }, (_, i) => ({
      start: i,
      end: i + 1,
      producer: 'p',
      score: i / 3,
      flag: i % 2 === 0,
      value: { amount: i, unit: 'procent' },
      big: Number.MAX_SAFE_INTEGER + (i % 2) * 2,
      mixed: i % 2 === 0 ? 'tekst' : i,
    }));
    expect(roundTrip(spans).encoding).toBe('columns');
  });

  it('round-trips random layers exactly', () => {
    const random = seededRandom(42);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: Math.floor(random() * 40) }, () => {
        const span: Record<string, unknown> = { start: Math.floor(random() * 1000), end: Math.floor(random() * 1000), producer: pick(['a', 'b', 'c']) };
        // Now and then a span lists its fields in another order: then the layer is stored as rows.
        for (const field of random() < 0.05 ? ['tag', 'head', 'other'] : ['head', 'tag', 'other']) {
          if (random() < 0.3) continue;
          span[field] = pick([null, -3, 0, 7, 123456, 'NOUN', 'VERB', '', 'ü', 1.5, true, [1, 2]]);
        }
        return span;
      });
      roundTrip(spans);
    }
  });

  it('refuses an encoding it does not know', () => {
    expect(() => decodeLayer('zipped', '[]')).toThrow(/unknown layer encoding "zipped"/);
  });
});
