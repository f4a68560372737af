import { describe, expect, it } from 'vitest';
import { attachParticles, detachParticles } from '../../../src/annotate/lemma/particles.ts';
import { loadLemmatizer } from '../../../src/annotate/lemma/lemmatizer-model.ts';

// "Moeder Mien spoorde haar aan toch op te stappen." (UD Dutch Alpino dev, with its gold tree)
const words = ['Moeder', 'Mien', 'spoorde', 'haar', 'aan', 'toch', 'op', 'te', 'stappen', '.'];
const upos = ['NOUN', 'PROPN', 'VERB', 'PRON', 'ADP', 'ADV', 'ADP', 'ADP', 'VERB', 'PUNCT'];
const heads = [3, 1, 0, 3, 3, 9, 9, 9, 3, 3];
const deprels = ['nsubj', 'appos', 'root', 'obj', 'compound:prt', 'advmod', 'compound:prt', 'mark', 'xcomp', 'punct'];

describe('separable verb particles', () => {
  const { lemmatizer } = loadLemmatizer();

  it('gives a verb whose particle stands apart the lemma with the particle', () => {
    const lemmas = lemmatizer.lemmatize(words, upos);
    expect(lemmas[2]).toBe('sporen');
    const attached = attachParticles(lemmas, words, heads, deprels, upos);
    expect(attached[2]).toBe('aansporen');
    expect(attached[4]).toBe('aan');
    expect(lemmas[2]).toBe('sporen'); // the input is not changed
    // The second particle goes to its own verb: op -> stappen, whatever its lemma is.
    expect(attached[8]).toBe(`op${lemmas[8]}`);
  });

  it('attaches a particle before "te" to the infinitive', () => {
    // "Met zijn New Deal trachtte hij de crisis aan te pakken." (LassySmall dev, tune half)
    const sentence = ['Met', 'zijn', 'New', 'Deal', 'trachtte', 'hij', 'de', 'crisis', 'aan', 'te', 'pakken', '.'];
    const tags = ['ADP', 'PRON', 'PROPN', 'PROPN', 'VERB', 'PRON', 'DET', 'NOUN', 'ADP', 'ADP', 'VERB', 'PUNCT'];
    const tree = [3, 3, 11, 3, 0, 5, 8, 11, 11, 11, 5, 5];
    const relations = ['case', 'nmod:poss', 'obl', 'flat', 'root', 'nsubj', 'det', 'obj', 'compound:prt', 'mark', 'xcomp', 'punct'];
    const lemmas = attachParticles(lemmatizer.lemmatize(sentence, tags), sentence, tree, relations, tags);
    expect(lemmas[10]).toBe('aanpakken');
    expect(lemmas[4]).toBe('trachten');
  });

  it('leaves out the preposition of a fixed phrase attached the same way', () => {
    // "Tussen de twee kwam een correspondentie tot stand." (LassySmall dev): tot is compound:prt.
    const phrase = ['Tussen', 'de', 'twee', 'kwam', 'een', 'correspondentie', 'tot', 'stand', '.'];
    const phraseUpos = ['ADP', 'DET', 'NUM', 'VERB', 'DET', 'NOUN', 'ADP', 'NOUN', 'PUNCT'];
    const lemmas = ['tussen', 'de', 'twee', 'komen', 'een', 'correspondentie', 'tot', 'stand', '.'];
    const attached = attachParticles(lemmas, phrase, [3, 3, 4, 0, 6, 4, 4, 7, 4], ['case', 'det', 'obl', 'root', 'det', 'nsubj', 'compound:prt', 'fixed', 'punct'], phraseUpos);
    expect(attached[3]).toBe('komen');
  });

  it('reads the relation without its subtype, as a parser of universal relations writes it', () => {
    const universal = deprels.map((relation) => (relation === 'compound:prt' ? 'compound' : relation));
    expect(attachParticles(['moeder', 'Mien', 'sporen', 'haar', 'aan', 'toch', 'op', 'te', 'stappen', '.'], words, heads, universal, upos)[2]).toBe('aansporen');
  });

  it('does not attach a particle twice', () => {
    expect(attachParticles(['aansporen', 'aan'], ['spoorde', 'aan'], [0, 1], ['root', 'compound:prt'])[0]).toBe('aansporen');
  });

  it('takes a detached particle off the gold lemma for training', () => {
    const gold = ['moeder', 'Mien', 'aansporen', 'haar', 'aan', 'toch', 'op', 'te', 'opstappen', '.'];
    const bare = detachParticles(gold, words, heads, deprels);
    expect(bare[2]).toBe('sporen');
    expect(bare[8]).toBe('stappen');
    expect(detachParticles(['opbellen'], ['opbellen'], [0], ['root'])).toEqual(['opbellen']);
  });
});
