import { describe, expect, it } from 'vitest';
import type { EventSpan } from '../../../src/annotate/events/event-span.ts';
import type { Document } from '../../../src/doc/types.ts';
import { EVENT_SCORER, sameWords } from '../../../src/eval/facts/event-scorer.ts';
import type { FactsCorpus } from '../../../src/eval/facts/facts-corpus.ts';
import type { GoldRow } from '../../../src/eval/facts/gold-table.ts';

const TEXT = 'Macron belde maandag met Poetin. Poetin belde niet met Merkel.';

function piece(text: string, nth = 1): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = TEXT.indexOf(text, at + 1);
  return { start: at, end: at + text.length, text };
}

function event(trigger: ReturnType<typeof piece>, extra: Partial<EventSpan>): EventSpan {
  return { start: trigger.start, end: trigger.end, producer: 'test', trigger, type: 'communicate', predicate: 'bellen', agent: null, patient: null, recipient: null, place: null, time: null, negated: false, modality: null, ...extra };
}

function corpus(events: EventSpan[]): FactsCorpus {
  const timexes = [{ ...piece('maandag'), producer: 'test', type: 'DATE', value: '2021-11-15', precision: 'day', anchor: null }];
  const document = { id: 'd', text: TEXT, layers: { events, timexes } } as unknown as Document;
  return { documents: new Map([['doc', { key: 'doc', document, links: [] }]]), seconds: 1 };
}

const row = (line: number, cells: Record<string, string>): GoldRow => ({ line, cells: { document: 'doc', agent: '', patient: '', recipient: '', place: '', time: '', negated: 'no', modality: '', ...cells } });

describe('the event scorer', () => {
  it('compares argument texts as whole words either way, ignoring case', () => {
    expect(sameWords('De Franse president Emmanuel Macron', 'Macron')).toBe(true);
    expect(sameWords('het kremlin', 'Het Kremlin')).toBe(true);
    expect(sameWords('Poetin', 'Poetins')).toBe(false);
  });

  it('scores events, types, arguments per slot and negation', () => {
    const gold = [
      row(3, { predicate: 'belde', type: 'communicate', agent: 'Macron', patient: 'Poetin', time: 'maandag' }),
      row(4, { predicate: 'belde#2', type: 'communicate', agent: 'Poetin', patient: 'Merkel', negated: 'yes' }),
    ];
    const predicted = [
      event(piece('belde'), { agent: { ...piece('Macron'), mention: null }, patient: { ...piece('Poetin'), mention: null }, time: { timex: 0, value: '2021-11-15' } }),
      event(piece('belde', 2), { type: 'meet', agent: { ...piece('Merkel'), mention: null }, negated: true }),
      event(piece('met'), { type: 'meet' }),
    ];
    const report = EVENT_SCORER.score(gold, corpus(predicted));
    const score = (name: string) => report.measures.find((m) => m.name === name)!.score;
    expect(score('events')).toMatchObject({ gold: 2, predicted: 3, correct: 2 });
    expect(score('types')).toMatchObject({ gold: 2, predicted: 3, correct: 1 });
    expect(score('arguments')).toMatchObject({ gold: 5, predicted: 4, correct: 3 });
    expect(score('time')).toMatchObject({ gold: 1, predicted: 1, correct: 1 });
    expect(score('negation')).toMatchObject({ gold: 1, predicted: 1, correct: 1 });
    expect(report.errors.some((error) => error.includes('events.tsv:4') && error.includes('agent "Merkel"'))).toBe(true);
    expect(report.errors.some((error) => error.includes('no gold event for meet "met"'))).toBe(true);
  });
});
