import { describe, expect, it } from 'vitest';
import type { FigureQualifier, FigureSpan, QualifierKind } from '../../../src/annotate/figures/figure.ts';
import { disagree, findConflicts, sameTime, type ConflictDocument } from '../../../src/relate/conflicts/index.ts';

/** A figure as the annotator would make it from `text` at `start` (only what findConflicts reads matters). */
function figure(text: string, start: number, value: number, about: string, extra: { qualifier?: [string, QualifierKind]; source?: string; unit?: string; high?: number } = {}): FigureSpan {
  const qualifier: FigureQualifier | null = extra.qualifier ? { word: extra.qualifier[0], kind: extra.qualifier[1] } : null;
  return {
    start, end: start + text.length, text, producer: 'test', value, high: extra.high ?? null, unit: extra.unit ?? null, qualifier, about,
    source: extra.source ? { start: 0, end: extra.source.length, text: extra.source, mention: null } : null,
  };
}

const zekerZeven = figure('zeker zeven', 40, 7, 'mens omkomen', { qualifier: ['zeker', 'at-least'], source: 'De Poolse grenswacht' });
const zekerTien = figure('zeker tien', 140, 10, 'mens omkomen', { qualifier: ['zeker', 'at-least'], source: 'mensenrechtenorganisatie' });

describe('findConflicts', () => {
  it('sets "zeker zeven" (border guard) against "zeker tien" (human-rights organisation) in one article', () => {
    const conflicts = findConflicts([{ id: 'a', figures: [zekerZeven, zekerTien] }]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.about).toBe('mens omkomen');
    expect(conflicts[0]!.figures.map((f) => [f.document, f.text, f.value, f.source?.text])).toEqual([
      ['a', 'zeker zeven', 7, 'De Poolse grenswacht'],
      ['a', 'zeker tien', 10, 'mensenrechtenorganisatie'],
    ]);
  });

  it('does not set one source against itself in one article, but does across articles', () => {
    const first = figure('zeker zeven', 0, 7, 'mens omkomen', { qualifier: ['zeker', 'at-least'] });
    const later = figure('zeker tien', 50, 10, 'mens omkomen', { qualifier: ['zeker', 'at-least'] });
    expect(findConflicts([{ id: 'a', figures: [first, later] }])).toEqual([]);
    expect(findConflicts([{ id: 'a', figures: [first] }, { id: 'b', figures: [later] }])).toHaveLength(1);
  });

  it('finds no conflict where the values agree: "ruim 80 procent" and "80 procent", "tientallen" and "zo\'n 40"', () => {
    const ruim = figure('ruim 80 procent', 0, 80, 'stem krijgen', { qualifier: ['ruim', 'more-than'], unit: 'procent', source: 'de kiescommissie' });
    const tachtig = figure('80 procent', 0, 80, 'stem krijgen', { unit: 'procent', source: 'Belta' });
    const tientallen = figure('Tientallen', 0, 20, 'mens vermissen', { high: 99 });
    const veertig = figure("Zo'n 40", 0, 40, 'mens vermissen', { qualifier: ["Zo'n", 'about'] });
    expect(findConflicts([{ id: 'a', figures: [ruim, tientallen] }, { id: 'b', figures: [tachtig, veertig] }])).toEqual([]);
  });

  it('sets "zo\'n 5.000" (police) against "20.000" (organisers)', () => {
    const police = figure("zo'n 5.000", 0, 5000, 'mens demonstreren', { qualifier: ["zo'n", 'about'], source: 'de politie' });
    const organisers = figure('20.000', 90, 20000, 'mens demonstreren', { source: 'De organisatoren' });
    expect(findConflicts([{ id: 'a', figures: [police, organisers] }])[0]!.figures.map((f) => f.text)).toEqual(["zo'n 5.000", '20.000']);
  });

  it('compares only the same quantity, unit, time and story', () => {
    const a = figure('zeker twaalf', 0, 12, 'mens omkomen', { qualifier: ['zeker', 'at-least'] });
    const b = figure('minstens vijftien', 0, 15, 'mens omkomen', { qualifier: ['minstens', 'at-least'] });
    const docs = (x: Partial<ConflictDocument>, y: Partial<ConflictDocument>): ConflictDocument[] => [{ id: 'a', figures: [a], ...x }, { id: 'b', figures: [b], ...y }];
    expect(findConflicts(docs({ date: '2021-07-15' }, { date: '2021-07-15' }))).toHaveLength(1);
    expect(findConflicts(docs({ date: '2021-07' }, { date: '2021-07-15' }))).toHaveLength(1);
    expect(findConflicts(docs({ date: '2021-07-15' }, { date: '2021-07-22' }))).toEqual([]);
    expect(findConflicts(docs({ story: 's1' }, { story: 's2' }))).toEqual([]);
    expect(findConflicts([{ id: 'a', figures: [a] }, { id: 'b', figures: [{ ...b, about: 'mens gewond raken' }] }])).toEqual([]);
    expect(findConflicts([{ id: 'a', figures: [{ ...a, unit: 'procent' }] }, { id: 'b', figures: [b] }])).toEqual([]);
  });

  it('compares ages across articles only within one known story', () => {
    const a = figure('45-jarige', 0, 45, 'leeftijd man', { unit: 'jaar' });
    const b = figure('46-jarige', 0, 46, 'leeftijd man', { unit: 'jaar' });
    expect(findConflicts([{ id: 'a', figures: [a] }, { id: 'b', figures: [b] }])).toEqual([]);
    expect(findConflicts([{ id: 'a', figures: [a], story: 's' }, { id: 'b', figures: [b], story: 's' }])).toHaveLength(1);
  });

  it('joins figures linked by disagreements into one record', () => {
    const seven = figure('zeven', 0, 7, 'mens omkomen');
    const ten = figure('tien', 0, 10, 'mens omkomen');
    const twelve = figure('twaalf', 0, 12, 'mens omkomen');
    const [conflict, ...rest] = findConflicts([{ id: 'a', figures: [seven] }, { id: 'b', figures: [ten] }, { id: 'c', figures: [twelve] }]);
    expect(rest).toEqual([]);
    expect(conflict!.figures.map((f) => f.document)).toEqual(['a', 'b', 'c']);
  });
});

describe('disagree', () => {
  const f = (value: number, kind?: QualifierKind, high: number | null = null) => ({ value, high, qualifier: kind ? { word: kind, kind } : null });
  it('sets bounds of one family with different values against each other', () => {
    expect(disagree(f(7, 'at-least'), f(10, 'at-least'))).toBe(true);
    expect(disagree(f(12, 'at-least'), f(15, 'more-than'))).toBe(true);
    expect(disagree(f(4000, 'almost'), f(3000, 'at-most'))).toBe(true);
    expect(disagree(f(7, 'at-least'), f(7, 'at-least'))).toBe(false);
  });
  it('otherwise needs values no reading can reconcile', () => {
    expect(disagree(f(7, 'at-least'), f(10))).toBe(false);
    expect(disagree(f(80, 'more-than'), f(80))).toBe(false);
    expect(disagree(f(50, 'about'), f(52, 'about'))).toBe(false);
    expect(disagree(f(20, undefined, 30), f(25))).toBe(false);
    expect(disagree(f(20, undefined, 30), f(45))).toBe(true);
    expect(disagree(f(7), f(10))).toBe(true);
  });
});

describe('sameTime', () => {
  it('agrees as far as both dates are known', () => {
    expect(sameTime('2021-11', '2021-11-03')).toBe(true);
    expect(sameTime(null, '2021-11-03')).toBe(true);
    expect(sameTime('2021-11-03', '2021-11-04')).toBe(false);
  });
});
