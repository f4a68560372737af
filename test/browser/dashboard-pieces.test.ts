// The dashboard's pure pieces, run in Node (no browser): how overlapping spans are split for
// drawing, and how a month-only date becomes a bar across its month.
import { describe, expect, test } from 'vitest';
import { splitIntoPieces, type TextMark } from '../../web/src/components/text-pieces.ts';
import { spanChartOption } from '../../web/src/components/span-chart.ts';

const mark = (layer: string, start: number, end: number, index = 0): TextMark => ({ layer, start, end, index });

describe('splitIntoPieces', () => {
  const text = 'zei Aleksandr Loekasjenko op 9 augustus';
  const quote = mark('quotes', 0, 25);
  const person = mark('PER', 4, 25);
  const time = mark('timexes', 20, 39); // crosses the end of the quote and the name

  test('every character lands in exactly one piece, in order', () => {
    const pieces = splitIntoPieces(text.length, [quote, person, time]);
    expect(pieces.map((piece) => text.slice(piece.start, piece.end)).join('')).toBe(text);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
  });

  test('a piece carries every mark covering it, the longest outermost', () => {
    const pieces = splitIntoPieces(text.length, [time, person, quote]);
    const at = (offset: number) => pieces.find((piece) => piece.start <= offset && offset < piece.end)!;
    expect(at(0).marks).toEqual([quote]);
    expect(at(5).marks).toEqual([quote, person]);
    expect(at(22).marks).toEqual([quote, person, time]);
    expect(at(30).marks).toEqual([time]);
  });

  test('equal spans nest by the layer order given', () => {
    const figure = mark('figures', 4, 9);
    const timex = mark('timexes', 4, 9);
    const [, piece] = splitIntoPieces(12, [figure, timex], ['timexes', 'figures']);
    expect(piece!.marks.map((one) => one.layer)).toEqual(['timexes', 'figures']);
  });

  test('marks outside the text or empty are dropped, not drawn', () => {
    const pieces = splitIntoPieces(5, [mark('PER', 3, 9), mark('PER', 2, 2)]);
    expect(pieces).toEqual([{ start: 0, end: 5, marks: [] }]);
  });
});

describe('spanChartOption', () => {
  test('a month-only count spans its whole month, a day count one day', () => {
    const option = spanChartOption(
      [{ name: 'articles', color: '#000', opacity: 1, items: [
        { first: '2020-08-01', last: '2020-08-31', precision: 'month', count: 2 },
        { first: '2021-11-10', last: '2021-11-10', precision: 'day', count: 1 },
      ] }],
      () => '',
    ) as { series: { data: unknown[][] }[] };
    const [month, day] = option.series[0]!.data;
    expect(month!.slice(0, 3)).toEqual([Date.UTC(2020, 7, 1), Date.UTC(2020, 8, 1), 2]);
    expect(day!.slice(0, 3)).toEqual([Date.UTC(2021, 10, 10), Date.UTC(2021, 10, 11), 1]);
  });
});
