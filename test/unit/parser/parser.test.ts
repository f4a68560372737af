import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Configuration } from '../../../src/annotate/parser/configuration.ts';
import { DynamicOracle } from '../../../src/annotate/parser/dynamic-oracle.ts';
import { loadParser, saveParser } from '../../../src/annotate/parser/parser-model.ts';
import { Parser, type TreeSentence } from '../../../src/annotate/parser/parser.ts';
import { isProjective, projectivize } from '../../../src/annotate/parser/projectivize.ts';
import { universalRelation } from '../../../src/conllu/legacy-conventions.ts';
import { tempDir } from '../../helpers/workspace.ts';
import { TINY_TREEBANK, readSentences } from '../../helpers/tiny-treebank.ts';

const OPTIONS = { epochs: 10, seed: 1, exploreFrom: 1, explore: 0.9, minWeight: 0, minUpdates: 1 };

async function tinyTrees(): Promise<TreeSentence[]> {
  return (await readSentences(TINY_TREEBANK)).map((s) => ({
    words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos),
    heads: s.words.map((w) => w.head), relations: s.words.map((w) => universalRelation(w.deprel)),
  }));
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

/** Follows zero-cost transitions (arcs before reduce before shift) to the end of the sentence.
 * `gold` numbers the root n + 1, as the configuration does. */
function followOracle(gold: number[]): Int32Array {
  const config = new Configuration(gold.length - 1);
  const oracle = new DynamicOracle(gold);
  while (!config.done) {
    if (config.canLeft() && oracle.leftCost(config) === 0 && gold[config.top] === config.next) config.left(0);
    else if (config.canRight() && oracle.rightCost(config) === 0 && gold[config.next] === config.top) config.right(0);
    else if (config.canReduce() && oracle.reduceCost(config) === 0) config.reduce();
    else config.shift();
  }
  return config.heads;
}

describe('the arc-eager dynamic oracle', () => {
  it('rebuilds every projective gold tree by its zero-cost moves', async () => {
    for (const sentence of await tinyTrees()) {
      const root = sentence.words.length + 1;
      const gold = [-1, ...sentence.heads.map((head) => (head === 0 ? root : head))];
      expect(Array.from(followOracle(gold).slice(1, root))).toEqual(gold.slice(1));
    }
  });

  it('counts the gold arcs a move makes unreachable', () => {
    // Poetin(1) steunt(2) hem(3), the root (4) waiting at the end of the buffer:
    // 2 -> 1, 4 -> 2, 2 -> 3.
    const gold = [-1, 2, 4, 2];
    const config = new Configuration(3);
    const oracle = new DynamicOracle(gold);
    expect(config.canRight()).toBe(false);
    expect(oracle.shiftCost(config)).toBe(0);
    config.shift();
    // Poetin on the stack, steunt in front: left-arc is right; shifting loses steunt -> Poetin,
    // and right-arc both that and root -> steunt.
    expect(oracle.leftCost(config)).toBe(0);
    expect(oracle.shiftCost(config)).toBe(1);
    expect(oracle.rightCost(config)).toBe(2);
    config.left(0);
    config.shift();
    config.right(0);
    // hem attached, steunt below it: reducing hem is free; the root takes steunt at the end.
    expect(oracle.reduceCost(config)).toBe(0);
    config.reduce();
    expect(config.next).toBe(config.root);
    expect(oracle.leftCost(config)).toBe(0);
    config.left(1);
    expect(config.done).toBe(true);
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
    const { parser } = Parser.train(sentences, OPTIONS);
    for (const sentence of sentences) expect(parser.parse(sentence)).toEqual({ heads: sentence.heads, relations: sentence.relations });
  });

  it('always returns one tree, also for sentences unlike its training data', async () => {
    const { parser } = Parser.train(await tinyTrees(), { ...OPTIONS, epochs: 3 });
    const words = ['Tichanovskaja', 'zegt', 'dat', 'Poetin', 'hem', 'steunt', ',', 'maar', 'niet', 'actief', '.'];
    const upos = ['PROPN', 'VERB', 'SCONJ', 'PROPN', 'PRON', 'VERB', 'PUNCT', 'CCONJ', 'ADV', 'ADJ', 'PUNCT'];
    const parse = parser.parse({ words, upos, xpos: upos });
    expect(parse.heads).toHaveLength(words.length);
    expect(isTree(parse.heads)).toBe(true);
    expect(parse.relations.filter((relation) => relation === 'root')).toHaveLength(1);
  });

  it('gives the same parses after a save and load', async () => {
    const sentences = await tinyTrees();
    const { parser } = Parser.train(sentences, { ...OPTIONS, epochs: 6 });
    const path = join(tempDir(), 'parser.json.gz');
    saveParser(parser, { data: [TINY_TREEBANK], licence: 'test', command: 'test', date: '2026-12-01' }, path);
    const { parser: loaded, provenance } = loadParser(path);
    expect(provenance.command).toBe('test');
    const input = { words: ['Merkel', 'steunt', 'hem', '.'], upos: ['PROPN', 'VERB', 'PRON', 'PUNCT'], xpos: ['N|eigen|ev|basis|zijd|stan', 'WW|pv|tgw|met-t', 'VNW|pers|pron|obl|vol|3|ev|masc', 'LET'] };
    expect(loaded.parse(input)).toEqual(parser.parse(input));
    for (const sentence of sentences) expect(loaded.parse(sentence)).toEqual(parser.parse(sentence));
  });

  it('trains deterministically', async () => {
    const sentences = await tinyTrees();
    const first = Parser.train(sentences, { ...OPTIONS, epochs: 4, seed: 7 }).parser.parameters.model.toStored();
    const second = Parser.train(sentences, { ...OPTIONS, epochs: 4, seed: 7 }).parser.parameters.model.toStored();
    expect(second).toEqual(first);
  });

  it('refuses a file that is not a parser model', () => {
    expect(() => loadParser(TINY_TREEBANK)).toThrow(/not a kroniek-parser model file/);
  });
});
