import { describe, expect, it } from 'vitest';
import { loadLemmatizer } from '../../../src/annotate/lemma/lemmatizer-model.ts';

describe('the shipped Dutch lemmatiser', () => {
  const { lemmatizer, provenance } = loadLemmatizer();

  it.each([
    ['liep', 'VERB', 'lopen'],
    ['gegaan', 'VERB', 'gaan'],
    ['grote', 'ADJ', 'groot'],
    ['huizen', 'NOUN', 'huis'],
    ['Loekasjenko', 'PROPN', 'Loekasjenko'],
    ['opgepakt', 'VERB', 'oppakken'],
    ['aangegaan', 'VERB', 'aangaan'],
    ['erkent', 'VERB', 'erkennen'],
    ['huisjes', 'NOUN', 'huis'],
    ['mooiere', 'ADJ', 'mooi'],
    // Not in the training data: the inflection rules, the lexicon and the strong-verb table.
    ['verslond', 'VERB', 'verslinden'],
    ['ingekrompen', 'VERB', 'inkrimpen'],
    ['gerealiseerd', 'VERB', 'realiseren'],
  ])('lemmatises %s (%s) as %s', (word, upos, lemma) => {
    expect(lemmatizer.lemmatize(['Hij', word], ['PRON', upos])[1]).toBe(lemma);
  });

  it('lemmatises a sentence from seed 001 the treebank way', () => {
    const words = ['Loekasjenko', 'erkent', 'de', 'uitslag', 'van', 'de', 'verkiezingen', 'niet', '.'];
    const upos = ['PROPN', 'VERB', 'DET', 'NOUN', 'ADP', 'DET', 'NOUN', 'ADV', 'PUNCT'];
    expect(lemmatizer.lemmatize(words, upos)).toEqual(['Loekasjenko', 'erkennen', 'de', 'uitslag', 'van', 'de', 'verkiezing', 'niet', '.']);
  });

  it('drops a sentence-initial capital but keeps a name inside the sentence', () => {
    expect(lemmatizer.lemmatize(['Mensen', 'zagen', 'Poetin'], ['NOUN', 'VERB', 'PROPN'])).toEqual(['mens', 'zien', 'Poetin']);
  });

  it('writes compound lemmas the current way: head lemmatised, linking morpheme dropped, no underscore', () => {
    expect(lemmatizer.lemmatize(['de', 'vrouwentoernooien'], ['DET', 'NOUN'])[1]).toBe('vrouwtoernooi');
  });

  it('keeps punctuation and says where it came from', () => {
    expect(lemmatizer.lemmatize(['„', '...', '!'], ['PUNCT', 'PUNCT', 'PUNCT'])).toEqual(['„', '...', '!']);
    expect(provenance.licence).toContain('CC BY-SA 4.0');
  });
});
