import { describe, expect, it } from 'vitest';
import { parseFrogOutput, uposOfCgn, xposOfCgn } from '../../../src/annotate/lemma/frog-silver.ts';
import { silverSentence } from '../../../src/annotate/lemma/lemma-training-data.ts';

// Frog's output for "Moeder Mien spoorde haar aan." (as in /tmp/frog, columns cut after the tag).
const FROG = [
  '1\tMoeder\tmoeder\t\tN(soort,ev,basis,zijd,stan)\t0.987347',
  '2\tMien\tMien\t\tSPEC(deeleigen)\t1.000000',
  '3\tspoorde\tsporen\t\tWW(pv,verl,ev)\t0.997655',
  '4\thaar\thaar\t\tVNW(pers,pron,obl,vol,3,getal,fem)\t0.915493',
  '5\taan\taan\t\tVZ(fin)\t0.99',
  '6\t.\t.\t\tLET()\t1.000000',
  '',
].join('\n');

describe('Frog silver data', () => {
  it('maps CGN tags to UD tags', () => {
    expect(uposOfCgn('N(soort,ev,basis,zijd,stan)', 'moeder')).toBe('NOUN');
    expect(uposOfCgn('SPEC(deeleigen)', 'Mien')).toBe('PROPN');
    expect(uposOfCgn('WW(pv,tgw,ev)', 'hebben')).toBe('AUX');
    expect(uposOfCgn('VNW(bez,det,stan,vol,1,ev,prenom,zonder,agr)', 'mijn')).toBe('PRON');
    expect(uposOfCgn('VNW(aanw,det,stan,prenom,zonder,rest)', 'die')).toBe('DET');
    expect(uposOfCgn('TW(rang,prenom,stan)', 'eerste')).toBe('ADJ');
    expect(xposOfCgn('N(soort,ev,basis,zijd,stan)')).toBe('N|soort|ev|basis|zijd|stan');
    expect(xposOfCgn('LET()')).toBe('LET');
  });

  it('reads sentences and keeps only lower-case open-class words, weighted low', () => {
    const [sentence] = parseFrogOutput(FROG);
    expect(sentence).toHaveLength(6);
    expect(sentence![2]).toEqual({ form: 'spoorde', lemma: 'sporen', upos: 'VERB', xpos: 'WW|pv|verl|ev' });
    const silver = silverSentence(sentence!);
    expect(silver.words).toEqual(['spoorde']); // Moeder is capitalised, Mien a name, the rest closed classes
    expect(silver.weight).toBeLessThan(1);
  });
});
