import { describe, expect, it } from 'vitest';
import type { ConlluWord } from '../../../src/conllu/conllu.ts';
import { isLegacySentence, modernizeWord, reattachCoordinators, reattachPunctuation } from '../../../src/conllu/legacy-conventions.ts';

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

describe('UD 2.0 trees in current conventions', () => {
  function tree(rows: [string, string, number, string][]): ConlluWord[] {
    return rows.map(([form, upos, head, deprel], i) => ({ id: i + 1, form, lemma: form, upos, xpos: '_', feats: '_', head, deprel, misc: '_' }));
  }

  it('hangs a coordinator from the conjunct after it', () => {
    // Poetin en Merkel bellen: old "en" -> Poetin, now "en" -> Merkel.
    const words = tree([['Poetin', 'PROPN', 4, 'nsubj'], ['en', 'CCONJ', 1, 'cc'], ['Merkel', 'PROPN', 1, 'conj'], ['bellen', 'VERB', 0, 'root']]);
    expect(reattachCoordinators(words)).toEqual([4, 3, 1, 0]);
  });

  it('hangs a comma from the clause after it and a full stop from the root, without crossing', () => {
    // Hij zei , dat Poetin belt . : old punctuation all on the root word "zei".
    const words = tree([
      ['Hij', 'PRON', 2, 'nsubj'], ['zei', 'VERB', 0, 'root'], [',', 'PUNCT', 2, 'punct'], ['dat', 'SCONJ', 6, 'mark'],
      ['Poetin', 'PROPN', 6, 'nsubj'], ['belt', 'VERB', 2, 'ccomp'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(reattachPunctuation(words)).toEqual([2, 0, 6, 6, 6, 2, 2]);
  });
});
