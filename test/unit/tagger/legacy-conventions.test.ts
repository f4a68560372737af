import { describe, expect, it } from 'vitest';
import type { ConlluWord } from '../../../src/conllu/conllu.ts';
import { isLegacySentence, modernizeWord } from '../../../src/conllu/legacy-conventions.ts';

function word(form: string, upos: string, deprel: string, lemma = form.toLowerCase()): ConlluWord {
  return { id: 1, form, lemma, upos, xpos: '_', feats: '_', head: 0, deprel, misc: '_' };
}

describe('UD 2.0 to current conventions', () => {
  it.each([
    [word('zijn', 'DET', 'det'), 'PRON', 'det'],
    [word('eerste', 'NUM', 'amod'), 'ADJ', 'amod'],
    [word('als', 'ADP', 'mark'), 'SCONJ', 'mark'],
    [word('heeft', 'VERB', 'aux'), 'AUX', 'aux'],
    [word('heeft', 'AUX', 'root'), 'VERB', 'root'],
    [word('Vries', 'PROPN', 'flat:name'), 'PROPN', 'flat'],
    [word('Poetin', 'PROPN', 'nsubj'), 'PROPN', 'nsubj'],
  ])('maps %o', (input, upos, deprel) => {
    expect(modernizeWord(input)).toMatchObject({ upos, deprel });
  });

  it('drops the separable-verb underscore from lemmas', () => {
    expect(modernizeWord(word('gaf', 'VERB', 'root', 'uit_geven')).lemma).toBe('uitgeven');
  });

  it('recognises a legacy sentence by its missing XPOS', () => {
    expect(isLegacySentence({ comments: new Map(), words: [word('Ja', 'INTJ', 'root')], line: 1 })).toBe(true);
    expect(isLegacySentence({ comments: new Map(), words: [{ ...word('Ja', 'INTJ', 'root'), xpos: 'TSW' }], line: 1 })).toBe(false);
  });
});
