import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConllu, type ConlluSentence } from '../../../src/conllu/conllu.ts';
import { evaluateSegmentation, rebuildGoldText } from '../../../src/eval/segment-eval.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';
import { runCli } from '../../helpers/workspace.ts';

const FIXTURE = join(PROJECT_ROOT, 'test/data/segment-small.conllu');

async function sentencesOf(path: string): Promise<ConlluSentence[]> {
  const sentences: ConlluSentence[] = [];
  for await (const sentence of readConllu(path)) sentences.push(sentence);
  return sentences;
}

describe('segmentation scoring', () => {
  it('rebuilds the raw text with paragraphs from sent_id', async () => {
    const gold = rebuildGoldText(await sentencesOf(FIXTURE));
    expect(gold.text).toBe('Hij sprak o.a. met Poetin. Hij kreeg 80% van de stemmen.\n\nDit is zo. dat ook.');
    expect(gold.tokens).toHaveLength(21);
    expect(gold.sentences).toHaveLength(4);
  });

  it('scores a small file with known mistakes exactly', async () => {
    const score = evaluateSegmentation(rebuildGoldText(await sentencesOf(FIXTURE)));
    // Tokens: 80% is one token for us, two in the gold: 20 predicted, 21 gold, 19 correct.
    expect(score.tokens).toMatchObject({ gold: 21, predicted: 20, correct: 19 });
    expect(score.tokens.precision).toBeCloseTo(19 / 20, 6);
    expect(score.tokens.recall).toBeCloseTo(19 / 21, 6);
    expect(score.tokens.f1).toBeCloseTo(0.926829, 5);
    // Sentences: "Dit is zo. dat ook." is one sentence for us, two in the gold.
    expect(score.sentences).toMatchObject({ gold: 4, predicted: 3, correct: 2 });
    expect(score.sentences.f1).toBeCloseTo(0.571429, 5);
  });

  it('prints the same figures from the command line', () => {
    const result = runCli(['eval', 'segment', FIXTURE, '--json']);
    expect(result.status).toBe(0);
    const score = JSON.parse(result.stdout);
    expect(score.tokens.correct).toBe(19);
    expect(score.sentences.correct).toBe(2);
    expect(runCli(['eval', 'segment', FIXTURE]).stdout).toMatch(/tokens\s+95\.00%\s+90\.48%\s+92\.68%/);
  });

  it('names the file and line of a malformed CoNLL-U line', async () => {
    const result = runCli(['eval', 'segment', join(PROJECT_ROOT, 'test/fixtures/jsonl-broken-line/source.jsonl')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/source\.jsonl:1: a CoNLL-U line has 10 tab-separated columns/);
  });
});
