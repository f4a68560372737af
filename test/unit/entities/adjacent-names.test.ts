import { describe, expect, it } from 'vitest';
import { splitAdjacentNames, SPLIT_PRODUCER } from '../../../src/annotate/entities/adjacent-names.ts';
import type { EntityType, MentionSpan } from '../../../src/annotate/entities/mention.ts';

/** Tokens at white space, and mentions over token ranges of `text`. */
function setUp(text: string, spans: readonly [number, number, EntityType][]) {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const mentions: MentionSpan[] = spans.map(([first, end, type]) => ({
    start: tokens[first]!.start, end: tokens[end - 1]!.end, producer: 'test', text: text.slice(tokens[first]!.start, tokens[end - 1]!.end), type, firstToken: first, endToken: end,
  }));
  const access = { text: (t: number) => text.slice(tokens[t]!.start, tokens[t]!.end), start: (t: number) => tokens[t]!.start, end: (t: number) => tokens[t]!.end };
  return { mentions, access };
}

describe('splitting two people written side by side', () => {
  const text = 'Vladimir Poetin belde . Poetin zei . Loekasjenko zweeg . Men hoopt dat Poetin Loekasjenko zal bewegen .';

  it('splits a pair whose words are each a person alone elsewhere in the document', () => {
    const { mentions, access } = setUp(text, [[0, 2, 'PER'], [4, 5, 'PER'], [7, 8, 'PER'], [13, 15, 'PER']]);
    const out = splitAdjacentNames(mentions, access);
    expect(out.map((m) => m.text)).toEqual(['Vladimir Poetin', 'Poetin', 'Loekasjenko', 'Poetin', 'Loekasjenko']);
    expect(out.slice(3).every((m) => m.producer === SPLIT_PRODUCER && text.slice(m.start, m.end) === m.text)).toBe(true);
  });

  it('keeps a first name and surname together, and a pair the document repeats', () => {
    const { mentions, access } = setUp(text, [[0, 2, 'PER'], [4, 5, 'PER'], [13, 15, 'PER']]);
    expect(splitAdjacentNames(mentions, access).map((m) => m.text)).toEqual(['Vladimir Poetin', 'Poetin', 'Poetin Loekasjenko']);
    const twice = setUp('Poetin zei . Loekasjenko zweeg . Poetin Loekasjenko en Poetin Loekasjenko .', [[0, 1, 'PER'], [3, 4, 'PER'], [6, 8, 'PER'], [9, 11, 'PER']]);
    expect(splitAdjacentNames(twice.mentions, twice.access)).toHaveLength(4);
  });

  it('leaves other types alone', () => {
    const { mentions, access } = setUp('Den zei . Haag zei . Den Haag ligt .', [[0, 1, 'PER'], [3, 4, 'PER'], [6, 8, 'LOC']]);
    expect(splitAdjacentNames(mentions, access).map((m) => m.text)).toEqual(['Den', 'Haag', 'Den Haag']);
  });
});
