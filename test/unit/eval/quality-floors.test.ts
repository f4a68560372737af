import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConllu, type ConlluSentence } from '../../../src/conllu/conllu.ts';
import { evaluateSegmentation, rebuildGoldText } from '../../../src/eval/segment-eval.ts';
import { evaluateSyntax } from '../../../src/eval/syntax-eval.ts';
import { loadDutchModels } from '../../../src/annotate/syntax/dutch-analyzer.ts';
import { loadNer } from '../../../src/annotate/entities/ner-model.ts';
import { sharedDutchAnalyzer, sharedLexicon } from '../../../src/annotate/syntax/shared-analyzer.ts';
import { evaluateNerFile } from '../../../src/eval/ner-eval.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';
import { CONLL_DIR, conllFile, UD_DIR, udFile } from '../../helpers/ud-data.ts';

interface SyntaxFloor {
  readonly upos: number;
  readonly xpos: number;
  readonly lemma: number;
  readonly uas: number;
  readonly las: number;
}

interface Floors {
  readonly segment: Readonly<Record<string, { readonly tokenF1: number; readonly sentenceF1: number }>>;
  readonly syntax: Readonly<Record<string, SyntaxFloor>>;
  readonly ner: Readonly<Record<string, { readonly f1: number }>>;
}

async function sentencesOf(path: string): Promise<ConlluSentence[]> {
  const sentences: ConlluSentence[] = [];
  for await (const sentence of readConllu(path)) sentences.push(sentence);
  return sentences;
}

const floors = JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval/baseline.json'), 'utf8')) as Floors;

describe.each(Object.entries(floors.segment))('segmentation floor on %s', (name, floor) => {
  const path = udFile(name);
  if (!path) console.warn(`skipped: ${name} is not in ${UD_DIR} (set KRONIEK_UD_DIR to the UD Dutch data)`);

  it.skipIf(!path)(`keeps token F1 >= ${floor.tokenF1} and sentence F1 >= ${floor.sentenceF1}`, async () => {
    const score = evaluateSegmentation(rebuildGoldText(await sentencesOf(path!)));
    expect(score.tokens.f1).toBeGreaterThanOrEqual(floor.tokenF1);
    expect(score.sentences.f1).toBeGreaterThanOrEqual(floor.sentenceF1);
  });
});

describe.each(Object.entries(floors.syntax))('syntax floor on %s', (name, floor) => {
  const path = udFile(name);
  if (!path) console.warn(`skipped: ${name} is not in ${UD_DIR} (set KRONIEK_UD_DIR to the UD Dutch data)`);

  it.skipIf(!path)(`keeps ${Object.entries(floor).map(([column, value]) => `${column} >= ${value}`).join(', ')} with the shipped models`, async () => {
    const { analyzer, trainedOn } = loadDutchModels();
    const score = evaluateSyntax(await sentencesOf(path!), analyzer, trainedOn);
    for (const column of ['upos', 'xpos', 'lemma', 'uas', 'las'] as const) expect(score[column].accuracy, column).toBeGreaterThanOrEqual(floor[column]);
  });
});

describe.each(Object.entries(floors.ner))('NER floor on %s', (name, floor) => {
  const path = conllFile(name);
  if (!path) console.warn(`skipped: ${name} is not in ${CONLL_DIR} (set KRONIEK_CONLL_DIR to the CoNLL-2002 Dutch data)`);

  it.skipIf(!path)(`keeps entity F1 >= ${floor.f1} with the shipped model`, async () => {
    const { tagger } = loadNer(undefined, {}, sharedLexicon());
    const score = await evaluateNerFile(path!, tagger, sharedDutchAnalyzer());
    expect(score.overall.f1).toBeGreaterThanOrEqual(floor.f1);
  }, 120_000);
});
