import { describe, expect, it } from 'vitest';
import { TimexAnnotator } from '../../../src/annotate/time/timex-annotator.ts';
import type { TimexSpan } from '../../../src/annotate/time/timex.ts';
import type { DatePrecision } from '../../../src/doc/types.ts';

const annotator = new TimexAnnotator();

/** The timexes of bare text (no tokens: undirected weekdays and dates lean to the past). */
function timexes(text: string, published: string | null, precision?: DatePrecision): TimexSpan[] {
  const date = published === null ? null : { value: published, precision: precision ?? precisionOf(published) };
  const spans = annotator.annotate({ text, title: null, published: date, layers: {} });
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  return spans;
}

function precisionOf(value: string): DatePrecision {
  return value.includes('T') ? 'minute' : value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

/** `text value precision` of each timex, for compact expectations. */
function brief(text: string, published: string | null): string[] {
  return timexes(text, published).map((t) => `${t.text} ${t.value} ${t.precision}`);
}

describe('weekdays', () => {
  it('keep the month of a month-precise publication, with the weekday as an attribute', () => {
    const [timex] = timexes('Dat meldde het kabinet van Loekasjenko woensdag.', '2021-11');
    expect(timex).toMatchObject({ type: 'DATE', value: '2021-11', precision: 'month', weekday: 3, anchor: '2021-11' });
  });

  it('become a day against a day-precise publication: the most recent one, or the day itself', () => {
    expect(brief('Het kabinet besloot maandag de regels aan te scherpen.', '2021-11-03')).toEqual(['maandag 2021-11-01 day']);
    expect(brief('Woensdag maakte Rutte de maatregelen bekend.', '2021-11-03')).toEqual(['Woensdag 2021-11-03 day']);
    expect(brief('De verkiezingen van afgelopen zondag waren niet eerlijk.', '2020-08-16')).toEqual(['afgelopen zondag 2020-08-09 day']);
    expect(brief('Komende maandag beslist het kabinet.', '2021-11-05')).toEqual(['Komende maandag 2021-11-08 day']);
  });

  it('take a part of the day: a time against a day, an attribute against a month', () => {
    expect(timexes('De demonstratie begon zaterdagochtend bij een metrostation.', '2020-08')[0]).toMatchObject({ type: 'TIME', value: '2020-08', weekday: 6, timeOfDay: 'MO' });
    expect(brief('Donderdagavond sprak hij met de burgemeesters.', '2021-11-05')).toEqual(['Donderdagavond 2021-11-04TEV time']);
  });

  it('leave names alone: a capitalised weekday inside a sentence, "zondags"', () => {
    expect(timexes('Het programma Zondag met Lubach besteedde er aandacht aan.', '2021-11')).toEqual([]);
    expect(brief("'s Zondags is de winkel dicht.", '2021-11')).toEqual(["'s Zondags XXXX-WXX-7 set"]);
  });

  it('stay unresolved without a publication date', () => {
    expect(timexes('Hij vertrok woensdag.', null)[0]).toMatchObject({ value: 'XXXX-WXX-3', anchor: null });
  });
});

describe('calendar dates', () => {
  it('take the most recent past day and month without a year, across a year boundary too', () => {
    expect(brief('De presidentsverkiezingen van 9 augustus waren vervalst.', '2020-09')).toEqual(['9 augustus 2020-08-09 day']);
    expect(brief('Op 28 december werd de eerste vaccinatie gezet.', '2021-01')).toEqual(['28 december 2020-12-28 day']);
    expect(brief('In maart tekenden veel bewoners een petitie.', '2021-11')).toEqual(['maart 2021-03 month']);
  });

  it('read full dates, numeric dates and months with a year without an anchor', () => {
    expect(timexes('Op 1 januari 2021 trad de wet in werking.', '2021-11')[0]).toMatchObject({ value: '2021-01-01', precision: 'day', anchor: null });
    expect(brief('De uitspraak van 09-08-2020 en die van 2021-03-04.', null)).toEqual(['09-08-2020 2020-08-09 day', '2021-03-04 2021-03-04 day']);
    expect(brief('In september 2020 was dat anders.', '2021-11')).toEqual(['september 2020 2020-09 month']);
  });

  it('do not take a capitalised month inside a sentence for a month, nor a non-date', () => {
    expect(brief('Het voorstel van wethouder Mei Li werd op 4 mei besproken.', '2021-05')).toEqual(['4 mei 2021-05-04 day']);
    // "31 juni" is no day: only the month it names is kept.
    expect(brief('Er zijn 31 juni geen vergaderingen.', '2021-05')).toEqual(['juni 2020-06 month']);
  });

  it('merge a weekday with its date, and a day with its clock time', () => {
    expect(timexes('Zaterdag 15 augustus gingen duizenden mensen de straat op.', '2020-08-20')[0]).toMatchObject({ text: 'Zaterdag 15 augustus', value: '2020-08-15', precision: 'day', producer: 'weekday-date-merge' });
    expect(brief('Dinsdag vorige week werd hij uitgeroepen.', '2020-08-20')).toEqual(['Dinsdag vorige week 2020-08-11 day']);
    expect(brief('Vanochtend om 9.30 uur raakte een brandweerman gewond.', '2021-11-17T14:32+01:00')).toEqual(['Vanochtend om 9.30 uur 2021-11-17T09:30 time']);
  });
});

describe('years, seasons, decades, quarters', () => {
  it('read a year only after a signal word, not a count', () => {
    expect(timexes('Loekasjenko is sinds 1994 aan de macht.', '2021-11')[0]).toMatchObject({ text: 'sinds 1994', value: '1994', precision: 'year', mod: 'ON_OR_AFTER' });
    expect(brief('In 2014 werd Janoekovitsj ten val gebracht.', '2020-08')).toEqual(['2014 2014 year']);
    expect(timexes('Er was plaats voor 2014 mensen, en 1994 bezoekers kwamen.', '2021-11')).toEqual([]);
  });

  it('read seasons with a year or a deictic word, and leave a bare season alone', () => {
    expect(brief('Na de verkiezingen in de zomer van 2020 begon de EU sancties te treffen.', '2021-11')).toEqual(['de zomer van 2020 2020-SU season']);
    expect(brief('Afgelopen winter lagen de ziekenhuizen vol, deze zomer gaan de terrassen open.', '2021-03')).toEqual(['Afgelopen winter 2020-WI season', 'deze zomer 2021-SU season']);
    expect(timexes('In de zomer is het druk aan zee.', '2021-03')).toEqual([]);
  });

  it('read decades, centuries and quarters', () => {
    expect(brief('In de jaren negentig en de jaren 2010 was dat ondenkbaar.', '2021-11')).toEqual(['de jaren negentig 199 decade', 'de jaren 2010 201 decade']);
    expect(brief('Dat was in de twintigste eeuw.', '2021-11')).toEqual(['de twintigste eeuw 19 century']);
    expect(brief('In het derde kwartaal van 2021 groeide de economie.', '2021-11')).toEqual(['het derde kwartaal van 2021 2021-Q3 quarter']);
  });
});

describe('relative expressions', () => {
  it('shift calendar units: vorig jaar, dit jaar, volgend jaar, vorige week', () => {
    expect(brief('De economie groeide vorig jaar; dit jaar groeit ze en volgend jaar vlakt ze af.', '2021-11')).toEqual([
      'vorig jaar 2020 year', 'dit jaar 2021 year', 'volgend jaar 2022 year',
    ]);
    expect(brief('Vorige week werden duizenden betogers opgepakt.', '2020-08-16')).toEqual(['Vorige week 2020-W32 week']);
    expect(brief('De maatregelen werden vorige week aangekondigd.', '2021-11')).toEqual(['vorige week 2021-11 month']);
  });

  it('count back with "geleden" and ahead with "over", with the unit deciding the precision', () => {
    expect(brief('Het parlement komt over twee weken bijeen.', '2020-08-16')).toEqual(['over twee weken 2020-08-30 day']);
    expect(brief('Loekasjenko werd een week geleden herkozen.', '2020-08-16')).toEqual(['een week geleden 2020-08-09 day']);
    expect(brief('Loekasjenko werd een week geleden herkozen.', '2020-08')).toEqual(['een week geleden 2020-08 month']);
    expect(brief('De brandweer meldde twee uur geleden dat het vuur onder controle is.', '2021-11-17T14:32+01:00')).toEqual(['twee uur geleden 2021-11-17T12:32 time']);
    expect(brief('Drie maanden geleden begon het.', '2021-11')).toEqual(['Drie maanden geleden 2021-08 month']);
  });

  it('read gisteren, vandaag and morgen, but not "\'s morgens" (a set) or "de morgen"', () => {
    expect(brief('Gisteren sprak hij met Poetin, vandaag met Merkel.', '2020-08-16')).toEqual(['Gisteren 2020-08-15 day', 'vandaag 2020-08-16 day']);
    expect(brief("Hij werkt 's morgens en de morgen is koud.", '2020-08-16')).toEqual(["'s morgens TMO set"]);
  });
});

describe('durations and sets', () => {
  it('read amounts in digits and number words, with their modifiers', () => {
    expect(timexes('Het gesprek duurde zowat 50 minuten.', '2021-11')[0]).toMatchObject({ type: 'DURATION', value: 'PT50M', mod: 'APPROX' });
    expect(brief('De president, die al 26 jaar aan de macht is, leidt al zesentwintig jaar het land.', '2020-08')).toEqual(['al 26 jaar P26Y duration', 'al zesentwintig jaar P26Y duration']);
    expect(brief('Hij werkte anderhalf jaar als minister en nog geen twee weken als premier.', '2021-11')).toEqual(['anderhalf jaar P1.5Y duration', 'nog geen twee weken P2W duration']);
    expect(brief('De afgelopen dagen en de afgelopen twee weken waren onrustig.', '2021-11')).toEqual(['De afgelopen dagen PXD duration', 'de afgelopen twee weken P2W duration']);
  });

  it('leave ages and clock hours alone', () => {
    expect(timexes('De man van 26 jaar oud kwam om een uur thuis.', '2021-11').map((t) => t.text)).toEqual([]);
  });

  it('read recurring times', () => {
    expect(brief('Ze overleggen elke week, iedere maandag en dagelijks; twee keer per jaar komt er een rapport.', '2021-11')).toEqual([
      'elke week P1W set', 'iedere maandag XXXX-WXX-1 set', 'dagelijks P1D set', 'twee keer per jaar P1Y set',
    ]);
  });
});
