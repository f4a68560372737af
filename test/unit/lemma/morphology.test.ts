import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/annotate/lexicon/load-lexicon.ts';
import { compoundLemmaOf, modifierLemma } from '../../../src/annotate/lemma/compounds.ts';
import { closedSyllableSpellings, infinitivesOfStem, openSyllableSpellings } from '../../../src/annotate/lemma/dutch-spelling.ts';
import { applyScript, computeScript, scriptKey } from '../../../src/annotate/lemma/edit-script.ts';
import { morphologyCandidates } from '../../../src/annotate/lemma/morphology-candidates.ts';

describe('edit scripts', () => {
  it.each([
    ['huizen', 'huis', 'none|zen|s'],
    ['gegaan', 'gaan', 'initial||'],
    ['opgepakt', 'oppakken', 'particle|t|ken'],
    ['geëffend', 'effenen', 'initial|d|en'],
    ['lopen', 'lopen', 'none||'],
  ])('%s -> %s is %s, and applies back', (form, lemma, key) => {
    const script = computeScript(form, lemma);
    expect(scriptKey(script)).toBe(key);
    expect(applyScript(form, script)).toBe(lemma);
  });

  it('does not apply where the form lacks what the script strips', () => {
    expect(applyScript('huis', computeScript('huizen', 'huis'))).toBeUndefined();
    expect(applyScript('lopen', computeScript('gegaan', 'gaan'))).toBeUndefined();
  });
});

describe('Dutch spelling alternations', () => {
  it('restores a closed syllable', () => {
    expect(closedSyllableSpellings('grot')).toContain('groot');
    expect(closedSyllableSpellings('dikk')).toContain('dik');
    expect(closedSyllableSpellings('liev')).toContain('lief');
    expect(closedSyllableSpellings('huiz')).toContain('huis');
    expect(closedSyllableSpellings('huiz')).not.toContain('huiiz');
  });

  it('opens a syllable and makes infinitives of stems', () => {
    expect(openSyllableSpellings('loop')).toContain('lop');
    expect(openSyllableSpellings('stop')).toContain('stopp');
    expect(infinitivesOfStem('geloof')).toContain('geloven');
    expect(infinitivesOfStem('realiseer')).toContain('realiseren');
    expect(infinitivesOfStem('ga')).toContain('gaan');
    expect(infinitivesOfStem('werk')).toEqual(['werken']);
  });
});

describe('inflection candidates and compounds', () => {
  const lexicon = loadLexicon();
  const lemmas = (form: string, upos: string): string[] => morphologyCandidates(form, upos, lexicon).map((candidate) => candidate.lemma);

  it('proposes the lemmas of strong, weak and prefixed verbs', () => {
    expect(lemmas('verslond', 'VERB')).toContain('verslinden');
    expect(lemmas('ingekrompen', 'VERB')).toContain('inkrimpen');
    expect(lemmas('gerealiseerd', 'VERB')).toContain('realiseren');
    expect(lemmas('werkt', 'VERB')).toContain('werken');
  });

  it('proposes nothing for closed classes', () => {
    expect(morphologyCandidates('de', 'DET', lexicon)).toEqual([]);
  });

  it('writes a modifier without its plural or linking morpheme', () => {
    expect(modifierLemma('kranten', lexicon)).toBe('krant');
    expect(modifierLemma('regerings', lexicon)).toBe('regering');
    expect(modifierLemma('basis', lexicon)).toBe('basis');
    expect(modifierLemma('oranje-', lexicon)).toBe('oranje');
  });

  it('maps a one-word compound lemma to the current conventions', () => {
    const heads = new Set(['leider', 'strip']);
    expect(compoundLemmaOf('regeringsleider', lexicon, (head) => heads.has(head))).toBe('regeringleider');
    expect(compoundLemmaOf('Kuifje-strip', lexicon, (head) => heads.has(head))).toBe('Kuifjestrip');
    expect(compoundLemmaOf('basisleider', lexicon, (head) => heads.has(head))).toBeUndefined();
  });
});
