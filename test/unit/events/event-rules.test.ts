import { describe, expect, it } from 'vitest';
import { eventAt, eventsOf, timexOver } from './annotate-events.ts';

describe('verbal events', () => {
  it('reads agent and patient of an active verb, "met" as the patient (bellen)', async () => {
    const text = 'De Franse president Emmanuel Macron belde met zijn Russische ambtgenoot Vladimir Poetin.';
    const event = eventAt(await eventsOf(text), 'belde')!;
    expect(event).toMatchObject({ type: 'communicate', predicate: 'bellen', negated: false, modality: null });
    expect(event.agent?.text).toContain('Emmanuel Macron');
    expect(event.patient?.text).toContain('Vladimir Poetin');
  });

  it('turns a passive round: the "door" phrase is the agent, the subject the patient', async () => {
    const event = eventAt(await eventsOf('Honderden demonstranten werden door de politie gearresteerd.'), 'gearresteerd')!;
    expect(event.type).toBe('arrest');
    expect(event.agent?.text).toBe('de politie');
    expect(event.patient?.text).toBe('Honderden demonstranten');
  });

  it('glues a separable particle to its verb ("geeft ... toe" is toegeven)', async () => {
    const event = eventAt(await eventsOf('In het interview geeft Loekasjenko toe dat er mensen zijn geslagen.'), 'geeft')!;
    expect(event).toMatchObject({ type: 'admit', predicate: 'toegeven' });
    expect(event.agent?.text).toBe('Loekasjenko');
  });

  it('marks "zal niet" as negated with modality will, and "ontkent" as a deny event', async () => {
    const events = await eventsOf('Loekasjenko ontkent de beschuldigingen. Macron zei dat hij Loekasjenko niet zal bellen.');
    expect(eventAt(events, 'ontkent')).toMatchObject({ type: 'deny', negated: false });
    expect(eventAt(events, 'bellen')).toMatchObject({ type: 'communicate', negated: true, modality: 'will' });
    expect(eventAt(events, 'zei')).toMatchObject({ type: 'statement', negated: false, modality: null });
  });

  it('takes the antecedent of a relative pronoun as the subject', async () => {
    const event = eventAt(await eventsOf('Macron belde met Vladimir Poetin, die Loekasjenko steunt.'), 'steunt')!;
    expect(event.type).toBe('support');
    expect(event.agent?.text).toBe('Vladimir Poetin');
    expect(event.patient?.text).toBe('Loekasjenko');
  });

  it('takes the noun before a relative "waar" as the place, and "zouden" as modality would', async () => {
    const text = 'Het RTL Nieuws had gisteren nog een item over de situatie in Wit-Rusland, waar betogers gearresteerd zouden worden.';
    const event = eventAt(await eventsOf(text), 'gearresteerd')!;
    expect(event).toMatchObject({ type: 'arrest', modality: 'would' });
    expect(event.patient?.text).toBe('betogers');
    expect(event.place?.text).toBe('Wit-Rusland');
  });

  it('gives a controlled infinitive its head verb\'s subject and place', async () => {
    const text = 'Zaterdag hebben zich opnieuw duizenden mensen in Minsk verzameld om te betogen tegen Loekasjenko.';
    const event = eventAt(await eventsOf(text), 'betogen')!;
    expect(event.type).toBe('protest');
    expect(event.agent?.text).toBe('duizenden mensen');
    expect(event.patient?.text).toBe('Loekasjenko');
    expect(event.place?.text).toBe('Minsk');
  });

  it('reads a statement\'s recipient and never takes a day for an argument', async () => {
    const events = await eventsOf('‘Wij hebben een hart’, zei Loekasjenko aan de BBC. Maandag bezoekt Loekasjenko een vrachtwagenfabriek.');
    const said = eventAt(events, 'zei')!;
    expect(said.agent?.text).toBe('Loekasjenko');
    expect(said.recipient?.text).toBe('de BBC');
    expect(said.patient).toBeNull();
    const visit = eventAt(events, 'bezoekt')!;
    expect(visit.agent?.text).toBe('Loekasjenko');
    expect(visit.patient?.text).toBe('een vrachtwagenfabriek');
  });
});

describe('nominal events', () => {
  it('reads "tussen X en Y" as agent and patient', async () => {
    const event = eventAt(await eventsOf('Het telefoongesprek tussen Merkel en Loekasjenko duurde een uur.'), 'telefoongesprek')!;
    expect(event.type).toBe('communicate');
    expect(event.agent?.text).toBe('Merkel');
    expect(event.patient?.text).toBe('Loekasjenko');
  });

  it('lets a light verb give the subject its role: "geniet steun van" makes the subject the patient', async () => {
    const event = eventAt(await eventsOf('Loekasjenko geniet beperkte steun van de regering van Rusland.'), 'steun')!;
    expect(event.type).toBe('support');
    expect(event.agent?.text).toBe('de regering van Rusland');
    expect(event.patient?.text).toBe('Loekasjenko');
  });

  it('takes a light verb\'s subject as the agent and its "tegen" phrase as the patient (sancties treffen)', async () => {
    const event = eventAt(await eventsOf('Daarna begon de EU sancties te treffen tegen Minsk.'), 'sancties')!;
    expect(event).toMatchObject({ type: 'sanction', predicate: 'sanctie' });
    expect(event.agent?.text).toBe('de EU');
    expect(event.patient?.text).toBe('Minsk');
  });

  it('matches compound nouns by their head (presidentsverkiezingen is an election)', async () => {
    const event = eventAt(await eventsOf('Na de vervalste presidentsverkiezingen in Wit-Rusland gingen mensen de straat op.'), 'presidentsverkiezingen')!;
    expect(event.type).toBe('elect');
    expect(event.place?.text).toBe('Wit-Rusland');
  });

  it('finds no event in an intertitle and no sanction where sanctions are eased', async () => {
    const events = await eventsOf('Steun\n\nHet land zou migranten helpen om sancties te verlichten.');
    expect(events.filter((event) => event.type === 'support' || event.type === 'sanction')).toEqual([]);
  });
});

describe('time links', () => {
  it('links the timex whose head chain reaches the trigger', async () => {
    const text = 'Maandag bezoekt Loekasjenko een vrachtwagenfabriek.';
    const event = eventAt(await eventsOf(text, [timexOver(text, 'Maandag', '2020-08-17')]), 'bezoekt')!;
    expect(event.time).toEqual({ timex: 0, value: '2020-08-17' });
  });

  it('links a timex of the light verb\'s clause to its noun event', async () => {
    const text = 'Maandag hadden Loekasjenko en Merkel al een eerste telefoongesprek dat zowat 50 minuten duurde.';
    const event = eventAt(await eventsOf(text, [timexOver(text, 'Maandag', '2021-11-15')]), 'telefoongesprek')!;
    expect(event.time?.value).toBe('2021-11-15');
    expect(event.agent?.text).toBe('Loekasjenko');
    expect(event.patient?.text).toBe('Merkel');
  });

  it('leaves a timex of another clause or sentence alone', async () => {
    const text = 'Loekasjenko zei maandag dat hij Poetin zal bellen. Poetin belde met Macron.';
    const events = await eventsOf(text, [timexOver(text, 'maandag', '2021-11-15')]);
    expect(eventAt(events, 'zei')?.time?.timex).toBe(0);
    expect(eventAt(events, 'belde')?.time).toBeNull();
  });

  it('takes its time from the timexes layer the pipeline made (undated: an unanchored weekday)', async () => {
    const events = await eventsOf('Maandag bezoekt Loekasjenko een vrachtwagenfabriek.');
    expect(eventAt(events, 'bezoekt')?.time).toEqual({ timex: 0, value: 'XXXX-WXX-1' });
  });
});
