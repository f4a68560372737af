import { describe, expect, it } from 'vitest';
import { attachScores } from '../../../src/annotate/syntax/score-rule.ts';

describe('attachScores', () => {
  it('makes a score one multiword unit headed by its first number, as Alpino does', () => {
    // Rosario won met 2 - 1 .   (the parser made "-" punctuation and "1" a conjunct)
    const words = ['Rosario', 'won', 'met', '2', '-', '1', '.'];
    const upos = ['PROPN', 'VERB', 'ADP', 'NUM', 'PUNCT', 'NUM', 'PUNCT'];
    const heads = [2, 0, 4, 2, 6, 4, 2];
    const relations = ['nsubj', 'root', 'case', 'obl', 'punct', 'conj', 'punct'];
    attachScores(words, upos, heads, relations);
    expect(heads).toEqual([2, 0, 4, 2, 4, 4, 2]);
    expect(relations).toEqual(['nsubj', 'root', 'case', 'obl', 'fixed', 'fixed', 'punct']);
    expect(upos[4]).toBe('SYM');
  });

  it('gives the unit the place of whichever number the parser made its head', () => {
    const words = ['won', '3', '-', '6'];
    const upos = ['VERB', 'NUM', 'PUNCT', 'NUM'];
    const heads = [0, 4, 4, 1];
    const relations = ['root', 'nummod', 'punct', 'obj'];
    attachScores(words, upos, heads, relations);
    expect(heads).toEqual([0, 1, 2, 2]);
    expect(relations).toEqual(['root', 'obj', 'fixed', 'fixed']);
  });

  it('leaves ranges of years alone', () => {
    const heads = [0, 1, 1];
    const relations = ['root', 'punct', 'conj'];
    attachScores(['1987', '-', '1989'], ['NUM', 'PUNCT', 'NUM'], heads, relations);
    expect(heads).toEqual([0, 1, 1]);
    expect(relations).toEqual(['root', 'punct', 'conj']);
  });
});
