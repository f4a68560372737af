import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainBeamParser } from '../../../src/annotate/parser/beam-search.ts';
import { Configuration } from '../../../src/annotate/parser/configuration.ts';
import { loadParser, saveParser } from '../../../src/annotate/parser/parser-model.ts';
import { Parser, type TreeSentence } from '../../../src/annotate/parser/parser.ts';
import { universalRelation } from '../../../src/conllu/legacy-conventions.ts';
import { tempDir } from '../../helpers/workspace.ts';
import { TINY_TREEBANK, readSentences } from '../../helpers/tiny-treebank.ts';

const OPTIONS = { epochs: 8, seed: 1, beam: 4, minWeight: 0, sentencesPerUpdate: Infinity };

async function tinyTrees(): Promise<TreeSentence[]> {
  return (await readSentences(TINY_TREEBANK)).map((s) => ({
    words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos),
    heads: s.words.map((w) => w.head), relations: s.words.map((w) => universalRelation(w.deprel)),
  }));
}

const UNSEEN = {
  words: ['Tichanovskaja', 'zegt', 'dat', 'Poetin', 'hem', 'steunt', ',', 'maar', 'niet', 'actief', '.'],
  upos: ['PROPN', 'VERB', 'SCONJ', 'PROPN', 'PRON', 'VERB', 'PUNCT', 'CCONJ', 'ADV', 'ADJ', 'PUNCT'],
};

describe('the beam-search parser', () => {
  it('learns its training trees with their relations', async () => {
    const sentences = await tinyTrees();
    const { parser, skipped } = trainBeamParser(sentences, OPTIONS);
    expect(skipped).toBe(0);
    expect(parser.parameters.beam).toBe(4);
    for (const sentence of sentences) expect(parser.parse(sentence)).toEqual({ heads: sentence.heads, relations: sentence.relations });
  });

  it('returns one tree with one root for a sentence unlike its training data', async () => {
    const { parser } = trainBeamParser(await tinyTrees(), { ...OPTIONS, epochs: 2 });
    const parse = parser.parse({ ...UNSEEN, xpos: UNSEEN.upos });
    expect(parse.heads).toHaveLength(UNSEEN.words.length);
    expect(parse.heads.filter((head) => head === 0)).toHaveLength(1);
    expect(parse.relations.filter((relation) => relation === 'root')).toHaveLength(1);
    for (let i = 1; i <= parse.heads.length; i++) {
      let node = i;
      for (let steps = 0; node !== 0; steps++) {
        expect(steps).toBeLessThanOrEqual(parse.heads.length);
        node = parse.heads[node - 1]!;
      }
    }
  });

  it('parses the same with exact integer scores as with the model alone, and after a save and load', async () => {
    const sentences = await tinyTrees();
    const { parser } = trainBeamParser(sentences, { ...OPTIONS, epochs: 3 });
    const plain = new Parser(parser.parameters, { dense: false });
    const path = join(tempDir(), 'beam-parser.json.gz');
    saveParser(parser, { data: [TINY_TREEBANK], licence: 'test', command: 'test', date: '2026-12-02' }, path);
    const { parser: loaded } = loadParser(path);
    expect(loaded.parameters.beam).toBe(4);
    for (const input of [...sentences, { ...UNSEEN, xpos: UNSEEN.upos }]) {
      expect(plain.parse(input)).toEqual(parser.parse(input));
      expect(loaded.parse(input)).toEqual(parser.parse(input));
    }
  });

  it('trains deterministically', async () => {
    const sentences = await tinyTrees();
    const first = trainBeamParser(sentences, { ...OPTIONS, epochs: 3, seed: 7 }).parser.parameters.model.toStored();
    const second = trainBeamParser(sentences, { ...OPTIONS, epochs: 3, seed: 7 }).parser.parameters.model.toStored();
    expect(second).toEqual(first);
  });
});

describe('a parser state copy', () => {
  it('carries the whole state and stays independent of the original', () => {
    const config = new Configuration(3);
    config.shift();
    config.left(2);
    config.shift();
    const copy = new Configuration(3);
    copy.copyFrom(config);
    expect([copy.depth, copy.next, copy.top, copy.heads[1], copy.labels[1], copy.left1[2], copy.leftCount[2]]).toEqual([1, 3, 2, 2, 2, 1, 1]);
    copy.right(5);
    expect([config.depth, config.heads[3], config.rightCount[2], config.onStack[3]]).toEqual([1, -1, 0, 0]);
    expect([copy.depth, copy.heads[3], copy.rightCount[2], copy.onStack[3]]).toEqual([2, 2, 1, 1]);
  });
});
