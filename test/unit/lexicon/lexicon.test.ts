import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildLexiconText } from '../../../src/annotate/lexicon/build-lexicon.ts';
import { hasTag } from '../../../src/annotate/lexicon/lexicon.ts';
import { loadLexicon } from '../../../src/annotate/lexicon/load-lexicon.ts';

describe('the shipped Dutch lexicon', () => {
  const lexicon = loadLexicon();

  it.each([
    ['huizen', 'noun-plural', 'huis'],
    ['grote', 'adjective-inflected', 'groot'],
    ['groter', 'comparative', 'groot'],
    ['allerlelijkst', 'superlative', 'lelijk'],
    ['werkt', 'verb-present-third', 'werk'],
    ['spoorde', 'verb-past-singular', 'spoor'],
    ['aanspoorde', 'verb-past-singular', 'aanspoor'],
    ['huisjes', 'diminutive-plural', 'huis'],
    ['deskundigen', 'noun-plural', 'deskundige'],
    ['Poetins', 'genitive', 'poetin'],
  ])('analyses %s as %s of %s', (form, tag, base) => {
    expect(lexicon.lookup(form)?.analyses).toContainEqual({ tag, base });
  });

  it('knows names only with their capital', () => {
    expect(lexicon.lookup('poetin')).toMatchObject({ spellings: ['Poetin'], onlyCapitalised: true });
    expect(lexicon.lookup('Minsk')?.onlyCapitalised).toBe(true);
    expect(lexicon.lookup('huis')?.onlyCapitalised).toBe(false);
  });

  it('reads the ij ligature and any case as the same form', () => {
    expect(lexicon.lookup('IJsland')?.form).toBe('ijsland');
    expect(lexicon.lookup('\u0133s')?.form).toBe('ijs');
    expect(lexicon.lookup('HUIZEN')?.form).toBe('huizen');
  });

  it('has base classes and irregular forms as entries', () => {
    const lopen = lexicon.lookup('lopen')!;
    expect(hasTag(lopen, 'infinitive')).toBe(true);
    expect(hasTag(lopen, 'noun-plural')).toBe(false);
    expect(lexicon.has('liep')).toBe(true);
    expect(lexicon.has('gegaan')).toBe(true);
  });

  it('does not know what is not Dutch', () => {
    expect(lexicon.lookup('xyzzyq')).toBeUndefined();
    expect(lexicon.has('huizenn')).toBe(false);
  });
});

describe('building a lexicon from Hunspell files', () => {
  const aff = [
    'FLAG long',
    'FORBIDDENWORD Fw',
    'ONLYINCOMPOUND Cx',
    'SFX Zb Y 2',
    'SFX Zb 0 en/CaCp [^eo]\tts:NN2',
    'SFX Zb 0 en-/CaCp [^eo]\tts:NN2',
    'SFX Al Y 1',
    'SFX Al ot te oot\tts:AJe',
    'SFX V3 Y 1',
    'SFX V3 0 t [^ao]\tts:VB3',
    'PFX Pb Y 1',
    'PFX Pb 0 aan .',
  ].join('\n');
  const dic = ['6', 'tuin/Zb', 'groot/Al', 'loop/V3Pb', 'Poetin', 'tuinn/Fw', 'ad-hoc/CaCx'].join('\n');
  const directory = mkdtempSync(join(tmpdir(), 'kroniek-lexicon-'));
  const path = join(directory, 'tiny.tsv.gz');
  writeFileSync(path, gzipSync(buildLexiconText(aff, dic, { source: 'test', licence: 'test', command: 'test', date: '2026-01-01' })));
  const lexicon = loadLexicon(path);

  it('expands suffixes under their conditions, prefixes in cross product', () => {
    expect(lexicon.lookup('tuinen')?.analyses).toEqual([{ tag: 'noun-plural', base: 'tuin' }]);
    expect(lexicon.lookup('grote')?.analyses).toEqual([{ tag: 'adjective-inflected', base: 'groot' }]);
    expect(lexicon.lookup('aanloopt')?.analyses).toEqual([{ tag: 'verb-present-third', base: 'aanloop' }]);
    expect(lexicon.lookup('aanloop')?.analyses).toEqual([{ tag: 'verb-stem', base: 'aanloop' }]);
  });

  it('leaves out forbidden words, compounding-only parts and joiner forms', () => {
    expect(lexicon.has('tuinn')).toBe(false);
    expect(lexicon.has('ad-hoc')).toBe(false);
    expect(lexicon.has('tuinen-')).toBe(false);
  });

  it('finds every form it holds and nothing between or beyond them', () => {
    const forms = ['aanloop', 'aanloopt', 'groot', 'grote', 'loop', 'loopt', 'poetin', 'tuin', 'tuinen'];
    expect(lexicon.size).toBe(forms.length);
    for (const form of forms) expect(lexicon.lookup(form)?.form).toBe(form);
    for (const absent of ['a', 'aanloo', 'gros', 'lo', 'tuine', 'zzz']) expect(lexicon.has(absent)).toBe(false);
  });
});
