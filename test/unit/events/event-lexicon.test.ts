import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventLexicon, loadEventLexicon, parseEventTable } from '../../../src/annotate/events/event-lexicon.ts';
import { EVENT_TYPES } from '../../../src/annotate/events/event-span.ts';

const HEADER = 'trigger\tpos\ttype\targuments\tconditions\n';

describe('the event lexicon (data/event-types-nl.tsv)', () => {
  const lexicon = loadEventLexicon();

  it('has a row for every event type and the triggers the seeds need', () => {
    const { triggers } = parseEventTable(
      readFileSync(new URL('../../../data/event-types-nl.tsv', import.meta.url), 'utf8'),
      'event-types-nl.tsv',
    );
    expect(new Set(triggers.map((t) => t.type))).toEqual(new Set(EVENT_TYPES));
    for (const lemma of ['bellen', 'telefoongesprek', 'reizen', 'bezoek', 'ontkennen', 'toegeven', 'sanctie', 'protest', 'arresteren', 'feliciteren']) {
      expect(lexicon.triggersOf(lemma).length, lemma).toBeGreaterThan(0);
    }
  });

  it('maps slots to roles on top of the defaults: bellen has met=patient, subject=agent', () => {
    const [row] = lexicon.triggersOf('bellen');
    expect(row!.slots.get('subject')).toBe('agent');
    expect(row!.slots.get('object')).toBe('patient');
    expect(row!.slots.get('met')).toBe('patient');
    expect(lexicon.triggersOf('feliciteren')[0]!.slots.get('met')).toBeNull();
  });

  it('keeps conditional rows before their fallback (erkennen with a clause is admit, else support)', () => {
    expect(lexicon.triggersOf('erkennen').map((row) => [row.type, row.conditions])).toEqual([['admit', ['clause']], ['support', []]]);
  });

  it('matches compounds by a head marked compound, explicit rows first', () => {
    expect(lexicon.triggersOf('presidentverkiezing')[0]!.type).toBe('elect');
    expect(lexicon.triggersOf('crisisgesprek')[0]!.type).toBe('negotiate');
    expect(lexicon.triggersOf('telefoongesprek')[0]!.lemma).toBe('telefoongesprek');
    expect(lexicon.triggersOf('verkiezingsuitslag')).toEqual([]);
  });

  it('knows light verbs and the role their subject takes', () => {
    expect(lexicon.lightVerb('hebben')?.subjectRole).toBe('agent');
    expect(lexicon.lightVerb('krijgen')?.subjectRole).toBe('patient');
    expect(lexicon.lightVerb('bellen')).toBeUndefined();
  });

  it('names the file and line of a bad row', () => {
    expect(() => parseEventTable(`${HEADER}bellen\tverb\tchat\t-\t-\n`, 'x.tsv')).toThrow(/x\.tsv.*2.*unknown event type "chat"/);
    expect(() => parseEventTable(`${HEADER}bellen\tverb\tcommunicate\tmet:patient\t-\n`, 'x.tsv')).toThrow(/bad argument mapping/);
    expect(() => parseEventTable(`${HEADER}hebben\tlight\t-\t-\t-\n`, 'x.tsv')).toThrow(/light verb needs/);
  });

  it('builds from rows', () => {
    const { triggers, lightVerbs } = parseEventTable(`${HEADER}bellen\tverb\tcommunicate\tmet=patient\t-\n`, 'x.tsv');
    expect(new EventLexicon(triggers, lightVerbs).triggersOf('bellen')[0]!.line).toBe(2);
  });
});
