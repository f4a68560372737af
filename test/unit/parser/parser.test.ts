import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Configuration, isProjective, oracle, projectivize } from '../../../src/annotate/parser/arc-eager.ts';
import { Parser, type TreeSentence } from '../../../src/annotate/parser/parser.ts';
import { readConllu } from '../../../src/conllu/conllu.ts';
import { loadParser, saveParser } from '../../../src/annotate/parser/parser-model.ts';
import { tempDir } from '../../helpers/workspace.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';

const TINY = join(PROJECT_ROOT, 'test/data/tagger-tiny.conllu');

async function tinyTrees(): Promise<TreeSentence[]> {
  const sentences: TreeSentence[] = [];
  for await (const sentence of readConllu(TINY)) {
    sentences.push({
      words: sentence.words.map((word) => word.form),
      tags: sentence.words.map((word) => word.upos),
      heads: sentence.words.map((word) => word.head),
      relations: sentence.words.map((word) => word.deprel),
    });
  }
  return sentences;
}

/** Exactly one word hangs from the root and every word reaches it: a tree. */
function isTree(heads: readonly number[]): boolean {
  if (heads.filter((head) => head === 0).length !== 1) return false;
  return heads.every((_, i) => {
    let node = i + 1;
    for (let steps = 0; node !== 0; steps++) {
      if (steps > heads.length) return false;
      node = heads[node - 1]!;
    }
    return true;
  });
}

describe('the arc-eager oracle', () => {
  it('rebuilds every projective gold tree it is given', async () => {
    for (const sentence of await tinyTrees()) {
      const gold = [-1, ...sentence.heads];
      const config = new Configuration(sentence.words.length);
      while (!config.done) config.apply(oracle(config, gold));
      expect(Array.from(config.heads.slice(1))).toEqual(sentence.heads);
    }
  });

  it('tells projective trees from crossing ones and lifts crossing arcs', () => {
    expect(isProjective([-1, 2, 0, 2])).toBe(true);
    const crossing = [-1, 3, 4, 0, 3]; // 1->3 crosses 2->4
    expect(isProjective(crossing)).toBe(false);
    const lifted = projectivize(crossing)!;
    expect(isProjective(lifted)).toBe(true);
    expect(lifted.filter((head) => head === 0)).toHaveLength(1);
  });
});

describe('the dependency parser', () => {
  it('learns its training trees with their relations', async () => {
    const sentences = await tinyTrees();
    const { parser } = Parser.train(sentences, { epochs: 10, seed: 1 });
    for (const sentence of sentences) {
      expect(parser.parse(sentence)).toEqual({ heads: sentence.heads, relations: sentence.relations });
    }
  });

  it('always returns one tree, also for sentences unlike its training data', async () => {
    const { parser } = Parser.train(await tinyTrees(), { epochs: 5, seed: 1 });
    const words = ['Tichanovskaja', 'zegt', 'dat', 'Poetin', 'hem', 'steunt', ',', 'maar', 'niet', 'actief', '.'];
    const tags = ['PROPN', 'VERB', 'SCONJ', 'PROPN', 'PRON', 'VERB', 'PUNCT', 'CCONJ', 'ADV', 'ADJ', 'PUNCT'];
    const parse = parser.parse({ words, tags });
    expect(parse.heads).toHaveLength(words.length);
    expect(isTree(parse.heads)).toBe(true);
  });

  it('gives the same parses after a save and load', async () => {
    const sentences = await tinyTrees();
    const { parser } = Parser.train(sentences, { epochs: 6, seed: 1 });
    const path = join(tempDir(), 'parser.json.gz');
    saveParser(parser, { data: [TINY], licence: 'test', command: 'test', date: '2026-11-28' }, path);
    const { parser: loaded, provenance } = loadParser(path);
    expect(provenance.command).toBe('test');
    const input = { words: ['Merkel', 'steunt', 'hem', '.'], tags: ['PROPN', 'VERB', 'PRON', 'PUNCT'] };
    expect(loaded.parse(input)).toEqual(parser.parse(input));
    for (const sentence of sentences) expect(loaded.parse(sentence)).toEqual(parser.parse(sentence));
  });

  it('trains deterministically', async () => {
    const sentences = await tinyTrees();
    const first = Parser.train(sentences, { epochs: 4, seed: 7 }).parser.model;
    const second = Parser.train(sentences, { epochs: 4, seed: 7 }).parser.model;
    expect(second.transitions).toEqual(first.transitions);
    expect(second.labelWeights).toEqual(first.labelWeights);
  });
});
