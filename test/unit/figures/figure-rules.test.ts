import { describe, expect, it } from 'vitest';
import { figures } from './figure-documents.ts';

/** The one figure of a sentence whose text is `text`. */
async function only(sentence: string, text: string) {
  const found = await figures(sentence);
  const matching = found.filter((f) => f.text === text);
  expect(matching, `${text} in ${JSON.stringify(found.map((f) => f.text))}`).toHaveLength(1);
  return matching[0]!;
}

describe('numbers', () => {
  it('reads digits with Dutch separators and a scale word', async () => {
    expect(await only('Bij de brand zijn 1.200 woningen verwoest.', '1.200')).toMatchObject({ value: 1200, high: null, unit: null, producer: 'figure-digits' });
    expect(await only('Het land telt 6,5 miljoen inwoners.', '6,5 miljoen')).toMatchObject({ value: 6500000 });
  });

  it('reads number words, compounds and "een half miljoen"', async () => {
    expect(await only('Drieëntwintig leerlingen werden ziek.', 'Drieëntwintig')).toMatchObject({ value: 23, producer: 'figure-words' });
    expect(await only('Een half miljoen mensen sloeg op de vlucht.', 'Een half miljoen')).toMatchObject({ value: 500000 });
  });

  it('reads vague plurals as ranges and "een tiental" as about ten', async () => {
    expect(await only('Tientallen mensen raakten gewond.', 'Tientallen')).toMatchObject({ value: 20, high: 99, producer: 'figure-vague-plural' });
    expect(await only('Een tiental agenten bewaakte het gebouw.', 'Een tiental')).toMatchObject({ value: 10, qualifier: { kind: 'about' } });
  });

  it('merges ranges, a scale word on the high end counting for both', async () => {
    expect(await only('Er vielen tussen de 20 en 30 doden.', 'tussen de 20 en 30')).toMatchObject({ value: 20, high: 30, producer: 'figure-range' });
    expect(await only('De bouw kost tussen de 20 en 30 miljoen euro.', 'tussen de 20 en 30 miljoen euro')).toMatchObject({ value: 20e6, high: 30e6, unit: 'euro' });
    expect(await only('Het duurt 20 tot 25 minuten.', '20 tot 25 minuten')).toMatchObject({ value: 20, high: 25, unit: 'minuut' });
  });
});

describe('units and qualifiers', () => {
  it('takes percentages, money and durations as units', async () => {
    expect(await only('De zittende president kreeg ruim 80 procent van de stemmen.', 'ruim 80 procent')).toMatchObject({ value: 80, unit: 'procent', qualifier: { word: 'ruim', kind: 'more-than' } });
    expect(await only('Minder dan 5% van de aanvragen werd goedgekeurd.', 'Minder dan 5%')).toMatchObject({ value: 5, unit: 'procent', qualifier: { word: 'Minder dan', kind: 'less-than' } });
    expect(await only('Het kabinet trekt 2,5 miljoen euro uit voor de opvang.', '2,5 miljoen euro')).toMatchObject({ value: 2500000, unit: 'euro' });
    expect(await only('Het eerste telefoongesprek duurde zowat 50 minuten.', 'zowat 50 minuten')).toMatchObject({ value: 50, unit: 'minuut', qualifier: { kind: 'about' } });
  });

  it('reads the qualifiers of the table, the longest phrase first', async () => {
    expect((await only('Bij de ramp kwamen ten minste 40 mensen om.', 'ten minste 40')).qualifier).toEqual({ word: 'ten minste', kind: 'at-least' });
    expect((await only('Bijna 4.000 migranten staken de grens over.', 'Bijna 4.000')).qualifier?.kind).toBe('almost');
    expect((await only('De zaal biedt plaats aan hooguit 300 bezoekers.', 'hooguit 300')).qualifier?.kind).toBe('at-most');
    expect((await only('Zo\'n 40 mensen worden nog vermist.', 'Zo\'n 40')).qualifier?.kind).toBe('about');
  });
});

describe('ages', () => {
  it('keeps "66-jarige" and a bracketed age after a name as ages', async () => {
    expect(await only('De 66-jarige president zal het land verlaten.', '66-jarige')).toMatchObject({ value: 66, unit: 'jaar', about: 'leeftijd president', producer: 'figure-age' });
    expect(await only('Dat zei Tichanovskaja (38) in Vilnius.', '38')).toMatchObject({ value: 38, about: 'leeftijd Tichanovskaja', source: null });
  });
});

describe('numbers that are no figures', () => {
  it('drops years, dates and clock times', async () => {
    expect(await figures('In 2014 werd de president ten val gebracht.')).toEqual([]);
    expect(await figures('Loekasjenko is sinds 1994 aan de macht.')).toEqual([]);
    expect(await figures('De verkiezingen van 9 augustus waren vervalst.')).toEqual([]);
    expect(await figures('Om 14 uur begon de betoging.')).toEqual([]);
    expect(await figures('Het ongeluk gebeurde rond 2 uur \'s nachts.')).toEqual([]);
    expect(await figures('Twintig jaar geleden had de stad nog geen metro.')).toEqual([]);
  });

  it('drops ordinals, reference numbers, "de twee" and bare numbers', async () => {
    expect(await figures('Het is al het tweede telefoongesprek deze week.')).toEqual([]);
    expect(await figures('Artikel 5 van het verdrag werd ingeroepen.')).toEqual([]);
    expect(await figures('De twee presidenten spraken elkaar al verscheidene keren.')).toEqual([]);
    expect(await figures('Eén van de betogers werd opgepakt.')).toEqual([]);
  });

  it('keeps a four-digit count with its noun', async () => {
    expect((await only('Er meldden zich 1500 vrijwilligers.', '1500')).value).toBe(1500);
  });
});

describe('what a figure counts', () => {
  it('joins the counted noun and the predicate, from a relative clause too', async () => {
    expect((await only('De Poolse grenswacht heeft weet van zeker zeven mensen die aan de grens zijn omgekomen.', 'zeker zeven')).about).toBe('mens omkomen');
    expect((await only('Volgens mensenrechtenorganisatie zijn al zeker tien mensen omgekomen.', 'zeker tien')).about).toBe('mens omkomen');
    expect((await only('De zittende president kreeg ruim 80 procent van de stemmen.', 'ruim 80 procent')).about).toBe('stem krijgen');
  });

  it('makes "doden" and "om het leven komen" the same quantity as "omkomen"', async () => {
    expect((await only('Het Rode Kruis spreekt van minstens vijftien doden.', 'minstens vijftien')).about).toBe('mens omkomen');
    expect((await only('Bij het ongeluk zijn zeker 45 mensen om het leven gekomen.', 'zeker 45')).about).toBe('mens omkomen');
  });

  it('takes the quantity from the subject when no noun follows: "Het dodental is opgelopen tot 920"', async () => {
    expect(await only('Het dodental is opgelopen tot 920, zegt een woordvoerder.', '920')).toMatchObject({ value: 920, about: 'mens omkomen', source: { text: 'een woordvoerder' } });
    expect((await only('De opkomst lag op 84 procent.', '84 procent')).about).toBe('opkomst');
  });

  it('reads a copular phrase: "26 jaar aan de macht"', async () => {
    expect((await only('De president, die al 26 jaar aan de macht is, zei dat de demonstraties ook Rusland raken.', '26 jaar')).about).toBe('jaar aan de macht');
  });
});

describe('sources', () => {
  it('takes the subject of a reporting verb, or of its auxiliary', async () => {
    const figure = await only('De Poolse grenswacht heeft weet van zeker zeven mensen die aan de grens zijn omgekomen.', 'zeker zeven');
    expect(figure.source).toMatchObject({ text: 'De Poolse grenswacht', mention: null });
    expect((await only('Het Rode Kruis spreekt van minstens vijftien doden.', 'minstens vijftien')).source?.text).toBe('Het Rode Kruis');
  });

  it('takes the phrase after "volgens" and "aldus", a name with its mention', async () => {
    expect((await only('Volgens mensenrechtenorganisatie zijn al zeker tien mensen omgekomen.', 'zeker tien')).source).toMatchObject({ text: 'mensenrechtenorganisatie', mention: null });
    const amnesty = await only('Volgens Amnesty International zitten 600 betogers vast.', '600');
    expect(amnesty.source?.text).toBe('Amnesty International');
    expect(amnesty.source?.mention).not.toBeNull();
  });

  it('takes the subject of an inverted verb after a comma: ", meldt de politie"', async () => {
    expect((await only('Bij de brand zijn 1.200 woningen verwoest, meldt de politie.', '1.200')).source?.text).toBe('de politie');
  });

  it('gives no source when the sentence names none, nor a relative pronoun', async () => {
    expect((await only('Duizenden mensen gingen zaterdag de straat op.', 'Duizenden')).source).toBeNull();
    expect((await only('De president, die al 26 jaar aan de macht is, zei dat de demonstraties ook Rusland raken.', '26 jaar')).source).toBeNull();
  });
});
