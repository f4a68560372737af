import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/annotate/lexicon/load-lexicon.ts';
import { Lemmatizer } from '../../../src/annotate/lemma/lemmatizer.ts';
import { lemmatizerFromJSON, lemmatizerToJSON, loadLemmatizer, saveLemmatizer } from '../../../src/annotate/lemma/lemmatizer-model.ts';
import type { LemmaSentence } from '../../../src/annotate/lemma/lemmatizer-training.ts';

const tiny: LemmaSentence[] = [
  { words: ['De', 'huizen', 'werden', 'verkocht', '.'], upos: ['DET', 'NOUN', 'AUX', 'VERB', 'PUNCT'], lemmas: ['de', 'huis', 'worden', 'verkopen', '.'] },
  { words: ['Zij', 'werkt', 'in', 'grote', 'steden', '.'], upos: ['PRON', 'VERB', 'ADP', 'ADJ', 'NOUN', 'PUNCT'], lemmas: ['zij', 'werken', 'in', 'groot', 'stad', '.'] },
  { words: ['Hij', 'speelde', 'met', 'de', 'kinderen', '.'], upos: ['PRON', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT'], lemmas: ['hij', 'spelen', 'met', 'de', 'kind', '.'] },
  { words: ['Wij', 'wandelden', 'langs', 'mooie', 'tuinen', '.'], upos: ['PRON', 'VERB', 'ADP', 'ADJ', 'NOUN', 'PUNCT'], lemmas: ['wij', 'wandelen', 'langs', 'mooi', 'tuin', '.'] },
  { words: ['Ze', 'hebben', 'gewerkt', 'en', 'gespeeld', '.'], upos: ['PRON', 'AUX', 'VERB', 'CCONJ', 'VERB', 'PUNCT'], lemmas: ['ze', 'hebben', 'werken', 'en', 'spelen', '.'] },
];
const provenance = { data: ['tiny fixture'], licence: 'test', command: 'test', date: '2026-01-01' };
// Seen words, and unseen ones that need the classifier: plurals, a past tense, an adjective.
const probe = {
  words: ['De', 'bomen', 'werkten', 'hard', 'in', 'kleine', 'tuinen', 'en', 'Poetin', 'wandelt', '.'],
  upos: ['DET', 'NOUN', 'VERB', 'ADV', 'ADP', 'ADJ', 'NOUN', 'CCONJ', 'PROPN', 'VERB', 'PUNCT'],
};

describe('lemmatiser model round trip', () => {
  const lexicon = loadLexicon();
  const trained = Lemmatizer.train(tiny, { epochs: 5, seed: 3, minScriptCount: 1, maxTypeCount: Infinity, lexicon });

  it('trains deterministically', () => {
    const again = Lemmatizer.train(tiny, { epochs: 5, seed: 3, minScriptCount: 1, maxTypeCount: Infinity, lexicon });
    expect(JSON.stringify(lemmatizerToJSON(again, provenance))).toBe(JSON.stringify(lemmatizerToJSON(trained, provenance)));
  });

  it('lemmatises the same after saving and loading', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kroniek-lemma-')), 'tiny.json.gz');
    saveLemmatizer(trained, provenance, path);
    const { lemmatizer, provenance: read } = loadLemmatizer(path, lexicon);
    const before = trained.lemmatize(probe.words, probe.upos);
    expect(lemmatizer.lemmatize(probe.words, probe.upos)).toEqual(before);
    expect(read).toEqual(provenance);
    expect(before.slice(0, 3)).toEqual(['de', 'boom', 'werken']);
    expect(before[8]).toBe('Poetin');
  });

  it('embeds as JSON', () => {
    const json = JSON.parse(JSON.stringify(lemmatizerToJSON(trained, provenance)));
    expect(lemmatizerFromJSON(json, lexicon).lemmatize(probe.words, probe.upos)).toEqual(trained.lemmatize(probe.words, probe.upos));
    expect(() => lemmatizerFromJSON({ ...json, format: 'kroniek-tagger' }, lexicon)).toThrow(/not a kroniek-lemmatizer/);
  });
});
