import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConllu } from '../../../src/conllu/conllu.ts';
import { normalizeLemma, scoreLemmas } from '../../../src/eval/lemma-eval.ts';

// Two sentences in the current UD Dutch conventions: underscores in compound and particle lemmas.
const FIXTURE = [
  '# text = Moeder spoorde haar aan.',
  '1\tMoeder\tmoeder\tNOUN\t_\t_\t2\tnsubj\t_\t_',
  '2\tspoorde\taan_sporen\tVERB\t_\t_\t0\troot\t_\t_',
  '3\thaar\thaar\tPRON\t_\t_\t2\tobj\t_\t_',
  '4\taan\taan\tADP\t_\t_\t2\tcompound:prt\t_\t_',
  '5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tSpaceAfter=No',
  '',
  '# text = Mijn basisniveau is omhoog gegaan.',
  '1\tMijn\tmijn\tPRON\t_\t_\t2\tnmod:poss\t_\t_',
  '2\tbasisniveau\tbasis_niveau\tNOUN\t_\t_\t5\tnsubj\t_\t_',
  '3\tis\tzijn\tAUX\t_\t_\t5\taux\t_\t_',
  '4\tomhoog\tomhoog\tADV\t_\t_\t5\tcompound:prt\t_\t_',
  '5\tgegaan\tomhoog_gaan\tVERB\t_\t_\t0\troot\t_\t_',
  '',
].join('\n');

describe('lemma scoring', () => {
  it('scores a CoNLL-U fixture with underscores removed on both sides and case kept', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kroniek-lemma-eval-')), 'fixture.conllu');
    writeFileSync(path, FIXTURE);
    const gold: string[][] = [];
    const upos: string[][] = [];
    for await (const sentence of readConllu(path)) {
      gold.push(sentence.words.map((word) => word.lemma));
      upos.push(sentence.words.map((word) => word.upos));
    }
    // Right: moeder, aansporen, haar, aan, '.', mijn, basisniveau (= basis_niveau), zijn.
    // Wrong: Omhoog (case), gaan (no particle).
    const predicted = [['moeder', 'aansporen', 'haar', 'aan', '.'], ['mijn', 'basisniveau', 'zijn', 'Omhoog', 'gaan']];
    const score = scoreLemmas(gold, predicted, upos);
    expect(score).toMatchObject({ total: 10, correct: 8, accuracy: 0.8 });
    expect(score.byUpos.get('VERB')).toEqual({ total: 2, correct: 1 });
    expect(score.byUpos.get('ADV')).toEqual({ total: 1, correct: 0 });
  });

  it('refuses sentences of different lengths', () => {
    expect(() => scoreLemmas([['a', 'b']], [['a']])).toThrow(/2 gold lemmas but 1 predicted/);
    expect(() => scoreLemmas([['a']], [])).toThrow(/1 gold sentences but 0 predicted/);
  });

  it('normalises the treebank underscores only', () => {
    expect(normalizeLemma('uit_geven')).toBe('uitgeven');
    expect(normalizeLemma('kilo_meter_lang')).toBe('kilometerlang');
    expect(normalizeLemma('Poetin')).toBe('Poetin');
  });
});
