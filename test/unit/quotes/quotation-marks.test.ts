import { describe, expect, it } from 'vitest';
import { quotedPassages } from '../../../src/annotate/quotes/quotation-marks.ts';

const contents = (text: string): string[] => quotedPassages(text).map((p) => text.slice(p.start, p.end));

describe('quotedPassages', () => {
  it('finds every Dutch quotation style', () => {
    expect(contents('‘Wij zijn Slaven’, zei hij.')).toEqual(['Wij zijn Slaven']);
    expect(contents("'Ik zie dat Poetin hem steunt', aldus Tichanovskaja.")).toEqual(['Ik zie dat Poetin hem steunt']);
    expect(contents('"De problemen in het land", aldus Moskou.')).toEqual(['De problemen in het land']);
    expect(contents('„Als Wit-Rusland valt, stort alles in”, zei hij.')).toEqual(['Als Wit-Rusland valt, stort alles in']);
    expect(contents('«Wij geven niet op», riep ze.')).toEqual(['Wij geven niet op']);
    expect(contents('Sjoerdsma: “Dit kabinet kijkt weg.”')).toEqual(['Dit kabinet kijkt weg.']);
  });

  it('keeps a quote of several sentences whole and stops at a blank line', () => {
    expect(contents('‘Misschien heeft iemand hen geholpen. Maar ik zal dat niet eens onderzoeken.’')).toEqual([
      'Misschien heeft iemand hen geholpen. Maar ik zal dat niet eens onderzoeken.',
    ]);
    expect(contents('‘Dit gaat niet door.\n\nNieuwe alinea.’')).toEqual([]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(contents("Ze kwam 's avonds met veertig auto's aan.")).toEqual([]);
    expect(contents('De auto’s van ’t leger reden weg.')).toEqual([]);
    expect(contents("Hij bezocht 's avonds de kazerne. 'Dit is een zware klus', zei hij.")).toEqual(['Dit is een zware klus']);
  });

  it('keeps quotation marks of another style inside their passage', () => {
    const text = '„Hij zei: ‘kom hier’ en ging weg”, aldus de getuige.';
    expect(contents(text)).toEqual(['Hij zei: ‘kom hier’ en ging weg']);
    for (const passage of quotedPassages(text)) expect(text[passage.open]).toBe('„');
  });
});
