import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TIMEXES_LAYER, type TimexSpan } from '../../../src/annotate/time/timex.ts';
import { makeSettings } from '../../../src/config/settings.ts';
import { loadFactsCorpus, type FactsCorpus } from '../../../src/eval/facts/facts-corpus.ts';
import { readGoldTable } from '../../../src/eval/facts/gold-table.ts';
import { TIMEX_GOLD_FILE, timexScorer } from '../../../src/eval/facts/timex-scorer.ts';

const SEEDS_GOLD = join(import.meta.dirname, '../../../eval/facts/seeds');
const PASSAGES_GOLD = join(import.meta.dirname, '../../../eval/facts/passages');

let seeds: FactsCorpus;
let passages: FactsCorpus;

beforeAll(async () => {
  seeds = await loadFactsCorpus(SEEDS_GOLD, makeSettings());
  passages = await loadFactsCorpus(PASSAGES_GOLD, makeSettings());
});

function report(gold: string, corpus: FactsCorpus) {
  return timexScorer.score(readGoldTable(join(gold, TIMEX_GOLD_FILE), timexScorer.columns), corpus);
}

describe('the timexes layer on the default pipeline', () => {
  it('finds every timex of the seeds with its value and precision, and nothing else', () => {
    const { measures, errors } = report(SEEDS_GOLD, seeds);
    expect(errors).toEqual([]);
    for (const { score } of measures) expect([score.precision, score.recall]).toEqual([1, 1]);
  });

  it('never gives a seed (dated to the month) a day it cannot know', () => {
    for (const { document } of seeds.documents.values()) {
      for (const timex of document.layers[TIMEXES_LAYER] as TimexSpan[]) {
        if (timex.precision === 'day') expect(timex.anchor === null || /\d+ \p{L}+/u.test(timex.text)).toBe(true);
      }
    }
  });

  it('reads the tense on the passages: a present-tense weekday is ahead, a past one behind', () => {
    const timexes = (id: string) => passages.documents.get(id)!.document.layers[TIMEXES_LAYER] as TimexSpan[];
    expect(timexes('time-01').map((t) => `${t.text} ${t.value}`)).toEqual(['maandag 2021-11-01', 'Woensdag 2021-11-03', 'Vrijdag 2021-11-05']);
    expect(timexes('time-12').find((t) => t.text.startsWith('Maandag'))?.value).toBe('2020-08-24T10:00');
  });

  it('keeps every span equal to its slice of the text', () => {
    for (const corpus of [seeds, passages]) {
      for (const { document } of corpus.documents.values()) {
        for (const timex of document.layers[TIMEXES_LAYER] as TimexSpan[]) expect(document.text.slice(timex.start, timex.end)).toBe(timex.text);
      }
    }
  });
});
