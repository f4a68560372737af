import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/annotate/figures/figure-tables.ts';
import { NumberWords } from '../../../src/annotate/figures/number-words.ts';
import { QualifierRefiner } from '../../../src/annotate/figures/qualifier-refiner.ts';
import { InputError } from '../../../src/errors.ts';

describe('figure tables', () => {
  it('reads a table, "-" as an empty cell', () => {
    expect(parseTable('# comment\nword\tvalue\tkind\thigh\nzeven\t7\tunit\t-\n', 't.tsv', ['word', 'value', 'kind', 'high'])).toEqual([
      { line: 3, cells: { word: 'zeven', value: '7', kind: 'unit', high: '' } },
    ]);
  });

  it('names the file and line of a malformed row or a wrong header', () => {
    expect(() => parseTable('word\tvalue\tkind\thigh\nzeven\t7\n', 't.tsv', ['word', 'value', 'kind', 'high'])).toThrow(/t\.tsv:2/);
    expect(() => parseTable('word\tkind\n', 't.tsv', ['words', 'kind'])).toThrow(InputError);
  });

  it('refuses an unknown kind', () => {
    expect(() => new NumberWords(parseTable('word\tvalue\tkind\thigh\nzeven\t7\tseven\t-\n', 't.tsv', ['word', 'value', 'kind', 'high']), 't.tsv')).toThrow(/t\.tsv:2/);
    expect(() => new QualifierRefiner(parseTable('words\tkind\nruim\tplenty\n', 'q.tsv', ['words', 'kind']), 'q.tsv')).toThrow(/q\.tsv:2/);
  });
});
