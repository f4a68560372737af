import { describe, expect, it } from 'vitest';
import type { ConlluWord } from '../../../src/conllu/conllu.ts';
import { isLegacySentence, modernizeWord, reattachCoordinators } from '../../../src/conllu/legacy-conventions.ts';
import { attachPunctuation } from '../../../src/conllu/punctuation-attachment.ts';

function word(form: string, upos: string, deprel: string, lemma = form.toLowerCase()): ConlluWord {
  return { id: 1, form, lemma, upos, xpos: '_', feats: '_', head: 0, deprel, misc: '_' };
}

describe('UD 2.0 to current conventions', () => {
  it.each([
    [word('zijn', 'DET', 'det'), 'PRON', 'nmod:poss'],
    [word('zich', 'PRON', 'obj'), 'PRON', 'expl:pv'],
    [word('tweede', 'NUM', 'nummod'), 'ADJ', 'amod'],
    [word('eerste', 'NUM', 'amod'), 'ADJ', 'amod'],
    [word('als', 'ADP', 'mark'), 'SCONJ', 'mark'],
    [word('heeft', 'VERB', 'aux'), 'AUX', 'aux'],
    [word('heeft', 'AUX', 'root'), 'VERB', 'root'],
    [word('Vries', 'PROPN', 'flat:name'), 'PROPN', 'flat'],
    [word('Poetin', 'PROPN', 'nsubj'), 'PROPN', 'nsubj'],
    [word('-', 'PUNCT', 'flat'), 'PUNCT', 'punct'],
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
    const heads = attachPunctuation(words.map((w) => w.form), words.map((w) => w.upos === 'PUNCT'), words.map((w) => w.head));
    expect(heads).toEqual([2, 0, 6, 6, 6, 2, 2]);
  });

  it('hangs paired quotes from the highest word between them, as the UD Dutch converter does', () => {
    // ‘ Ik zie dat Poetin hem steunt ’ , aldus de politica .  (seed 004)
    const words = tree([
      ['‘', 'PUNCT', 10, 'punct'], ['Ik', 'PRON', 3, 'nsubj'], ['zie', 'VERB', 0, 'root'], ['dat', 'SCONJ', 7, 'mark'],
      ['Poetin', 'PROPN', 7, 'nsubj'], ['hem', 'PRON', 7, 'obj'], ['steunt', 'VERB', 3, 'ccomp'], ['’', 'PUNCT', 3, 'punct'],
      [',', 'PUNCT', 3, 'punct'], ['aldus', 'ADV', 3, 'parataxis'], ['de', 'DET', 12, 'det'], ['politica', 'NOUN', 10, 'nsubj'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    const heads = attachPunctuation(words.map((w) => w.form), words.map((w) => w.upos === 'PUNCT'), words.map((w) => w.head));
    expect(heads).toEqual([3, 3, 0, 7, 7, 7, 3, 3, 10, 3, 12, 10, 3]);
  });
});
