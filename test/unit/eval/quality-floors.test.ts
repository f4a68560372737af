import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConllu, type ConlluSentence } from '../../../src/conllu/conllu.ts';
import { evaluateSegmentation, rebuildGoldText } from '../../../src/eval/segment-eval.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';
import { UD_DIR, udFile } from '../../helpers/ud-data.ts';

interface Floors {
  readonly segment: Readonly<Record<string, { readonly tokenF1: number; readonly sentenceF1: number }>>;
}

const floors = JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval/baseline.json'), 'utf8')) as Floors;

describe.each(Object.entries(floors.segment))('segmentation floor on %s', (name, floor) => {
  const path = udFile(name);
  if (!path) console.warn(`skipped: ${name} is not in ${UD_DIR} (set KRONIEK_UD_DIR to the UD Dutch data)`);

  it.skipIf(!path)(`keeps token F1 >= ${floor.tokenF1} and sentence F1 >= ${floor.sentenceF1}`, async () => {
    const sentences: ConlluSentence[] = [];
    for await (const sentence of readConllu(path!)) sentences.push(sentence);
    const score = evaluateSegmentation(rebuildGoldText(sentences));
    expect(score.tokens.f1).toBeGreaterThanOrEqual(floor.tokenF1);
    expect(score.sentences.f1).toBeGreaterThanOrEqual(floor.sentenceF1);
  });
});
