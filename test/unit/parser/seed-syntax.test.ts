import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadParser } from '../../../src/annotate/parser/parser-model.ts';
import { loadTagger } from '../../../src/annotate/tagger/tagger-model.ts';
import { modelForm } from '../../../src/annotate/model-form.ts';
import { tokenize } from '../../../src/annotate/tokens/tokenizer.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';

const { tagger } = loadTagger(join(PROJECT_ROOT, 'models/tagger-nl.json.gz'));
const { parser } = loadParser(join(PROJECT_ROOT, 'models/parser-nl.json.gz'));

/** Tokenises, tags and parses a sentence with the shipped models. */
function analyse(sentence: string) {
  const words = tokenize(sentence).map(({ start, end }) => sentence.slice(start, end));
  const tags = tagger.tag(words);
  const { heads, relations } = parser.parse({ words, tags });
  const dependent = (relation: string, headWord: string): string[] =>
    words.filter((_, i) => relations[i] === relation && words[heads[i]! - 1] === headWord);
  return { words, tags, dependent };
}

describe('syntax of a seed sentence with the shipped models', () => {
  it('finds subject and object of "steunt" in "Ik zie dat Poetin hem steunt" (seed 004)', () => {
    const { dependent, words, tags } = analyse('‘Ik zie dat Poetin hem steunt, maar niet overdreven actief’, aldus de politica.');
    expect(dependent('nsubj', 'steunt')).toEqual(['Poetin']);
    expect(dependent('obj', 'steunt')).toEqual(['hem']);
    expect(tags[words.indexOf('Poetin')]).toBe('PROPN');
    expect(tags[words.indexOf('‘')]).toBe('PUNCT');
  });
});

describe('modelForm', () => {
  it('reads every style of quotation mark as the ASCII one', () => {
    expect(['„', '”', '«', '»', ',,', "''", '“'].map(modelForm)).toEqual(['"', '"', '"', '"', '"', '"', '"']);
    expect(['‘', '’'].map(modelForm)).toEqual(["'", "'"]);
    expect(modelForm('Poetin')).toBe('Poetin');
  });
});
