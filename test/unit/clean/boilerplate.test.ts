import { describe, expect, it } from 'vitest';
import { defaultBoilerplateRules, findBoilerplate, parseBoilerplateTable, requiredLiteral } from '../../../src/clean/boilerplate.ts';
import { cleanArticle } from '../../../src/clean/clean-article.ts';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.ts';
import type { RawArticle } from '../../../src/ingest/raw-article.ts';

const rules = defaultBoilerplateRules();

function article(body: string): RawArticle {
  return {
    source: 'test', sourceKey: 'test', location: { file: 'test' }, format: 'text', url: null,
    title: null, published: null, body, bodyOffset: 0, removed: [],
  };
}

const ARTICLE_START = 'De Wit-Russische president reist maandag naar Moskou voor crisisgesprekken met Poetin.';
const ARTICLE_END = 'Het persoonlijke gesprek zou bedoeld zijn om uit te klaren hoe het nu verder moet.';

describe('the boilerplate table', () => {
  it('covers the outlets Dutch readers meet most', () => {
    const outlets = new Set(rules.map((rule) => rule.outlet));
    for (const outlet of ['NOS', 'NU.nl', 'De Telegraaf', 'AD', 'de Volkskrant', 'NRC', 'Trouw', 'Het Parool', 'HLN', 'De Standaard', 'VRT NWS']) {
      expect(outlets, outlet).toContain(outlet);
    }
  });

  describe.each(rules.map((rule) => [`${rule.reason} (${rule.outlet}, line ${rule.line})`, rule] as const))('%s', (_name, rule) => {
    it('removes its example from between two article paragraphs, with its reason', () => {
      const body = `${ARTICLE_START}\n\n${rule.example}\n\n${ARTICLE_END}`;
      const cleaned = cleanArticle(article(body), rules, DEFAULT_SETTINGS);
      expect(cleaned.text).toBe(`${ARTICLE_START}\n\n${ARTICLE_END}`);
      expect(cleaned.removed).toEqual([{ text: rule.example, reason: rule.reason, start: ARTICLE_START.length + 2 }]);
    });

    it('matches its example by itself', () => {
      expect(findBoilerplate(rule.example, [rule]).length).toBeGreaterThan(0);
    });

    it('has a trigger its example contains, if any', () => {
      if (rule.trigger) expect(rule.example.toLowerCase()).toContain(rule.trigger);
    });
  });

  it('removes a passage rule inside a paragraph and keeps the rest of it', () => {
    const cleaned = cleanArticle(article(`Duizenden mensen betoogden in Minsk. (Foto: ANP) Ook in andere steden.`), rules, DEFAULT_SETTINGS);
    expect(cleaned.text).toBe('Duizenden mensen betoogden in Minsk. Ook in andere steden.');
    expect(cleaned.removed).toEqual([{ text: '(Foto: ANP)', reason: 'photo-credit', start: 37 }]);
  });

  it.each([
    'Lees ook eens wat Poetin daar zelf over zei in zijn toespraak tot de natie.',
    'De politie deelde foto: beelden van de betoging werden op sociale media gedeeld.',
    'Klik hier om het aan te passen, zei de minister spottend over het nieuwe formulier, en hij lachte.',
    'Wie abonnee wordt van de krant, krijgt volgens de uitgever ook toegang tot het archief.',
    'Advertenties van de regering verschenen in alle kranten van het land.',
    'De video van de arrestatie werd duizenden keren bekeken voordat hij werd verwijderd.',
    'Deel van de demonstranten werd later vrijgelaten.',
    'Reageer niet op berichten van onbekenden, waarschuwt de politie.',
  ])('keeps legitimate text: %s', (sentence) => {
    const cleaned = cleanArticle(article(sentence), rules, DEFAULT_SETTINGS);
    expect(cleaned.removed).toEqual([]);
    expect(cleaned.text).toBe(sentence);
  });

  it('finds the literal every match must contain', () => {
    expect(requiredLiteral('(?:Twitter|X) (?:wordt|kan) niet (?:worden )?geladen')).toBe('geladen');
    expect(requiredLiteral('Foutje gezien\\?\\s*Mail (?:ons|de redactie)')).toBe('foutje gezien');
    expect(requiredLiteral('Lees|Kijk')).toBeNull();
    expect(requiredLiteral('ab?cd')).toBeNull();
  });

  it('rejects a malformed table row with its line number', () => {
    expect(() => parseBoilerplateTable('reason\toutlet\tscope\tpattern\texample\nbroken\t*\twhole\tx\ty\n')).toThrow(/line 2/);
  });
});
