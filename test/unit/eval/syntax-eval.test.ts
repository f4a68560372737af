import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SentenceAnalyzer, WordAnalysis } from '../../../src/annotate/syntax/sentence-analysis.ts';
import { encodeTrainedSentences, trainedSentences } from '../../../src/annotate/model-file.ts';
import { evaluateSyntax } from '../../../src/eval/syntax-eval.ts';
import { runCli, tempDir } from '../../helpers/workspace.ts';
import { TINY_HELD_OUT, TINY_TREEBANK, readSentences } from '../../helpers/tiny-treebank.ts';

/** Answers every sentence with a fixed analysis per word form: scores are known by hand. */
class FixedAnalyzer implements SentenceAnalyzer {
  readonly producer = 'fixed';
  constructor(private readonly answers: Readonly<Record<string, WordAnalysis>>) {}
  analyze(words: readonly string[]): WordAnalysis[] {
    return words.map((word) => this.answers[word]!);
  }
}

describe('evaluateSyntax', () => {
  it('scores every column against the held-out gold, relations without subtypes', async () => {
    const gold = await readSentences(TINY_HELD_OUT);
    // 10 words. Right everywhere except: "hem" tagged NOUN with a wrong fine tag, features and
    // lemma; "Minsk" attached to "president" (head and relation wrong); "reist" lemma wrong.
    // The relation "nsubj:pass" for Merkel counts as nsubj (subtype dropped): LAS right.
    const right = (upos: string, xpos: string, feats: string, lemma: string, head: number, deprel: string): WordAnalysis => ({ upos, xpos, feats, lemma, head, deprel });
    const analyzer = new FixedAnalyzer({
      Merkel: right('PROPN', 'N|eigen|ev|basis|zijd|stan', 'Gender=Com|Number=Sing', 'Merkel', 2, 'nsubj:pass'),
      steunt: right('VERB', 'WW|pv|tgw|met-t', 'Number=Sing|Tense=Pres|VerbForm=Fin', 'steunen', 0, 'root'),
      hem: right('NOUN', 'N|soort|ev|basis|zijd|stan', 'Number=Sing', 'hemmen', 2, 'obj'),
      '.': right('PUNCT', 'LET', '_', '.', 0, 'punct'),
      De: right('DET', 'LID|bep|stan|rest', 'Definite=Def', 'de', 2, 'det'),
      president: right('NOUN', 'N|soort|ev|basis|zijd|stan', 'Gender=Com|Number=Sing', 'president', 3, 'nsubj'),
      reist: right('VERB', 'WW|pv|tgw|met-t', 'Number=Sing|Tense=Pres|VerbForm=Fin', 'reisen', 0, 'root'),
      naar: right('ADP', 'VZ|init', '_', 'naar', 5, 'case'),
      Minsk: right('PROPN', 'N|eigen|ev|basis|onz|stan', 'Gender=Neut|Number=Sing', 'Minsk', 2, 'nmod'),
    });
    // The full stops are attached to the root in gold: head 2 / 3, not 0.
    const score = evaluateSyntax(gold, analyzer);
    expect(score.sentences).toBe(2);
    expect(score.upos).toEqual({ correct: 9, total: 10, accuracy: 0.9 });
    expect(score.xpos.correct).toBe(9);
    expect(score.feats.correct).toBe(9);
    expect(score.lemma.correct).toBe(8);
    expect(score.uas).toEqual({ correct: 7, total: 10, accuracy: 0.7 });
    expect(score.las.correct).toBe(7);
  });

  it('leaves out the sentences a model was trained on', async () => {
    const gold = await readSentences(TINY_HELD_OUT);
    const trained = trainedSentences({ data: [], licence: '', command: '', date: '', trainedOn: encodeTrainedSentences(['heldout-1']) });
    const echo: SentenceAnalyzer = { producer: 'echo', analyze: (words) => words.map(() => ({ upos: 'X', xpos: '_', feats: '_', lemma: '_', head: 0, deprel: 'root' })) };
    const score = evaluateSyntax(gold, echo, trained);
    expect(score).toMatchObject({ sentences: 1, skipped: 1 });
    expect(score.upos.total).toBe(6);
  });
});

describe('kroniek eval syntax', () => {
  it('scores models trained by kroniek train on held-out sentences, and leaves out trained ones', () => {
    const dir = tempDir();
    for (const model of ['tagger', 'parser', 'lemmatizer']) {
      const result = runCli(['train', model, '--conllu', TINY_TREEBANK, '--out', join(dir, `${model}-nl.json.gz`), '--epochs', '10']);
      expect(result.status, result.stderr).toBe(0);
    }
    const heldOut = JSON.parse(runCli(['eval', 'syntax', TINY_HELD_OUT, '--models', dir, '--json']).stdout);
    expect(heldOut).toMatchObject({ sentences: 2, skipped: 0 });
    expect(heldOut.upos.total).toBe(10);
    for (const column of ['upos', 'xpos', 'feats', 'lemma', 'uas', 'las']) expect(heldOut[column].accuracy).toBeGreaterThan(0.5);
    const trained = runCli(['eval', 'syntax', TINY_TREEBANK, '--models', dir]);
    expect(trained.stdout).toContain('0 sentences (6 left out: the models were trained on them)');
  });
});
