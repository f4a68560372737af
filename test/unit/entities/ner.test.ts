import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayFollow, toBilou, toIob } from '../../../src/annotate/entities/bilou.ts';
import { loadNer, loadNerResources, saveNer } from '../../../src/annotate/entities/ner-model.ts';
import { nerDocument } from '../../../src/annotate/entities/ner-input.ts';
import { NerTagger, type TaggedNerDocument } from '../../../src/annotate/entities/ner-tagger.ts';
import { sharedDutchAnalyzer, sharedLexicon } from '../../../src/annotate/syntax/shared-analyzer.ts';
import { readTaggedDocuments } from '../../../src/conll/conll-ner.ts';
import { scoreNer, tagSpans } from '../../../src/eval/ner-eval.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';
import { runCli, tempDir } from '../../helpers/workspace.ts';

const TINY = join(PROJECT_ROOT, 'test/data/ner-tiny.conll');
const OPTIONS = { epochs: 10, seed: 1, minWeight: 0, minUpdates: 1 };

async function tinyDocuments(): Promise<TaggedNerDocument[]> {
  const analyzer = sharedDutchAnalyzer();
  return (await readTaggedDocuments(TINY)).map((d) => {
    const tagged = nerDocument(d.sentences.map((s) => s.words), analyzer);
    return { sentences: tagged.sentences.map((s, i) => ({ ...s, tags: d.sentences[i]!.tags })) };
  });
}

describe('IOB2 and BILOU', () => {
  it('reads entity spans the conlleval way, a stray I- opening one', () => {
    expect(tagSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 5, type: 'ORG' }, { start: 5, end: 6, type: 'ORG' },
    ]);
  });

  it('converts both ways and allows only whole names', () => {
    const iob = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG'];
    expect(toBilou(iob)).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'U-ORG']);
    expect(toIob(toBilou(iob))).toEqual(iob);
    expect(mayFollow('B-PER', 'L-PER')).toBe(true);
    expect(mayFollow('B-PER', 'O')).toBe(false);
    expect(mayFollow('L-PER', 'I-PER')).toBe(false);
    expect(mayFollow('O', 'U-LOC')).toBe(true);
  });
});

describe('scoreNer', () => {
  it('counts an entity only when span and type are exactly right', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG']];
    // PER right; LOC predicted as ORG; ORG's span too long; one spurious MISC.
    const predicted = [['B-PER', 'I-PER', 'B-MISC', 'B-ORG', 'O', 'B-ORG']];
    const score = scoreNer(gold, [['B-PER', 'I-PER', 'B-MISC', 'B-ORG', 'B-ORG', 'I-ORG']]);
    expect(score.overall).toMatchObject({ gold: 3, predicted: 4, correct: 1 });
    expect(score.byType.PER!.f1).toBe(1);
    expect(score.byType.LOC).toMatchObject({ gold: 1, predicted: 0, correct: 0, f1: 0 });
    const other = scoreNer(gold, predicted);
    expect(other.overall).toMatchObject({ gold: 3, predicted: 4, correct: 2 });
    expect(other.overall.precision).toBe(0.5);
    expect(other.overall.recall).toBeCloseTo(2 / 3);
    expect(other.tokens).toBe(6);
  });
});

describe('the NER tagger', () => {
  it('learns its training documents and gives the same tags after a save and load', async () => {
    const documents = await tinyDocuments();
    const resources = loadNerResources({}, sharedLexicon());
    const tagger = NerTagger.train(documents, OPTIONS, resources);
    for (const d of documents) expect(tagger.tagDocument(d)).toEqual(d.sentences.map((s) => s.tags));
    const path = join(tempDir(), 'ner.json.gz');
    saveNer(tagger, { data: [TINY], licence: 'test', command: 'test', date: '2026-12-01' }, path);
    const { tagger: loaded, provenance } = loadNer(path, {}, sharedLexicon());
    expect(provenance.data).toEqual([TINY]);
    const unseen = nerDocument([['Merkel', 'belde', 'Loekasjenko', 'vanuit', 'Berlijn', '.']], sharedDutchAnalyzer());
    expect(loaded.tagDocument(unseen)).toEqual(tagger.tagDocument(unseen));
  });

  it('is trained by kroniek train ner, scored by kroniek eval ner and run by kroniek ner', () => {
    const dir = tempDir();
    const model = join(dir, 'ner.json.gz');
    expect(runCli(['train', 'ner', '--conll', TINY, '--out', model, '--epochs', '10']).stderr).toMatch(/trained on 2 documents, 4 sentences/);
    const score = JSON.parse(runCli(['eval', 'ner', TINY, '--model', model, '--json']).stdout);
    expect(score.overall).toMatchObject({ gold: 10, predicted: 10, correct: 10, f1: 1 });
    const out = join(dir, 'tagged.conll');
    expect(runCli(['ner', '--conll', TINY, '--model', model, '--out', out]).status).toBe(0);
    // Every line comes back, in order, a token line with its tag appended (here the gold one).
    const input = readFileSync(TINY, 'utf8').trimEnd().split('\n');
    const output = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(output).toHaveLength(input.length);
    output.forEach((line, i) => {
      if (input[i] === '' || input[i]!.startsWith('-DOCSTART-')) expect(line).toBe(input[i]);
      else expect(line).toBe(`${input[i]} ${input[i]!.split(' ')[2]}`);
    });
  });

  it('scores another system\'s tags in a file with --predicted, by the same code', () => {
    const dir = tempDir();
    const file = join(dir, 'peer.conll');
    // Gold second to last, predicted last: PER right, LOC called ORG, ORG too long.
    writeFileSync(file, ['-DOCSTART- -X- O O', '', 'Merkel N B-PER B-PER', 'belde V O O', 'Minsk N B-LOC B-ORG', 'en Conj O O', 'de Art O O', 'Navo N B-ORG B-ORG', 'gisteren Adv O I-ORG', ''].join('\n'));
    const score = JSON.parse(runCli(['eval', 'ner', file, '--predicted', '--json']).stdout);
    expect(score.overall).toMatchObject({ gold: 3, predicted: 3, correct: 1 });
    expect(score.byType.PER).toMatchObject({ gold: 1, predicted: 1, correct: 1 });
    expect(score.byType.ORG).toMatchObject({ gold: 1, predicted: 2, correct: 0 });
  });

  it('leaves the types a secondary corpus never marks open, instead of learning them as O', async () => {
    const analyzer = sharedDutchAnalyzer();
    const tagged = (sentences: [string, string][][]): TaggedNerDocument['sentences'] =>
      nerDocument(sentences.map((s) => s.map(([word]) => word)), analyzer).sentences.map((s, i) => ({ ...s, tags: sentences[i]!.map(([, tag]) => tag) }));
    const main: TaggedNerDocument = { sentences: tagged([[['De', 'O'], ['Wit-Russische', 'B-MISC'], ['president', 'O'], ['zwijgt', 'O'], ['.', 'O']], [['Poetin', 'B-PER'], ['belde', 'O'], ['.', 'O']]]) };
    // A corpus without MISC: its nationalities are written O, in many sentences.
    const frames = [['De', 'X', 'regering', 'valt', '.'], ['Een', 'X', 'krant', 'schrijft', 'het', '.'], ['Het', 'X', 'leger', 'trekt', 'weg', '.'], ['Twee', 'X', 'ministers', 'treden', 'af', '.']];
    const secondary = frames.map((frame) => tagged([frame.map((word): [string, string] => [word === 'X' ? 'Wit-Russische' : word, 'O'])]));
    const resources = loadNerResources({}, sharedLexicon());
    const test = nerDocument([['Het', 'Wit-Russische', 'parlement', 'stemt', '.']], analyzer);
    const unmasked = NerTagger.train([main, ...secondary.map((sentences) => ({ sentences }))], OPTIONS, resources);
    expect(unmasked.tagDocument(test)[0]![1]).toBe('O');
    const masked = NerTagger.train([main, ...secondary.map((sentences) => ({ sentences, unannotated: ['MISC'] }))], OPTIONS, resources);
    expect(masked.tagDocument(test)[0]![1]).toBe('B-MISC');
  });

  it('refuses a file that is not an NER model', () => {
    expect(() => loadNer(TINY)).toThrow(/not a kroniek-ner model file/);
  });
});
