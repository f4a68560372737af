import { describe, expect, it } from 'vitest';
import { modelForm } from '../../../src/annotate/model-form.ts';
import { loadDutchAnalyzer } from '../../../src/annotate/syntax/dutch-analyzer.ts';
import { tokenize } from '../../../src/annotate/tokens/tokenizer.ts';

const analyzer = loadDutchAnalyzer();

/** Tokenises and analyses a sentence with the shipped models. */
function analyse(sentence: string) {
  const words = tokenize(sentence).map(({ start, end }) => sentence.slice(start, end));
  const analysis = analyzer.analyze(words);
  const index = (word: string): number => words.indexOf(word) + 1;
  /** Words attached to `headWord` with `relation` (subtypes included). */
  const dependents = (relation: string, headWord: string): string[] =>
    words.filter((_, i) => analysis[i]!.deprel.split(':')[0] === relation && analysis[i]!.head === index(headWord));
  /** The words of the subtree of word `i` (1-based), in order. */
  const subtree = (i: number): string[] => {
    const inside = (j: number): boolean => j === i || (analysis[j - 1]!.head > 0 && inside(analysis[j - 1]!.head));
    return words.filter((_, j) => inside(j + 1));
  };
  return { words, analysis, index, dependents, subtree };
}

describe('syntax of seed sentences with the shipped models', () => {
  it('finds subject and object of "steunt" in "Ik zie dat Poetin hem steunt" (seed 004)', () => {
    const { dependents, analysis, index } = analyse('‘Ik zie dat Poetin hem steunt, maar niet overdreven actief’, aldus de politica.');
    expect(dependents('nsubj', 'steunt')).toEqual(['Poetin']);
    expect(dependents('obj', 'steunt')).toEqual(['hem']);
    expect(dependents('nsubj', 'zie')).toEqual(['Ik']);
    expect(analysis[index('Poetin') - 1]!.upos).toBe('PROPN');
    expect(analysis[index('‘') - 1]!.upos).toBe('PUNCT');
    expect(analysis[index('steunt') - 1]!.lemma).toBe('steunen');
  });

  it('finds "president Aleksandr Loekasjenko" as the subject of "erkent" (seed 001)', () => {
    const sentence = 'De Wit-Russische president Aleksandr Loekasjenko erkent in een interview met de BBC dat het ‘absoluut mogelijk’ is dat zijn troepen migranten hielpen over te steken naar Polen.';
    const { dependents, subtree, index, analysis } = analyse(sentence);
    // UD Dutch heads "president X" by the noun, with the name as its apposition.
    expect(dependents('nsubj', 'erkent')).toEqual(['president']);
    expect(subtree(index('president'))).toEqual(['De', 'Wit-Russische', 'president', 'Aleksandr', 'Loekasjenko']);
    expect(analysis[index('erkent') - 1]).toMatchObject({ lemma: 'erkennen', upos: 'VERB', xpos: 'WW|pv|tgw|met-t' });
  });
});

describe('modelForm', () => {
  it('reads every style of quotation mark as the ASCII one', () => {
    expect(['„', '”', '«', '»', ',,', "''", '“'].map(modelForm)).toEqual(['"', '"', '"', '"', '"', '"', '"']);
    expect(['‘', '’'].map(modelForm)).toEqual(["'", "'"]);
    expect(modelForm('Poetin')).toBe('Poetin');
  });
});
