import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/annotate/lexicon/load-lexicon.ts';
import { FeatureTable } from '../../../src/annotate/tagger/feature-table.ts';
import { LexiconClasses } from '../../../src/annotate/tagger/lexicon-classes.ts';
import { loadTagger, saveTagger } from '../../../src/annotate/tagger/tagger-model.ts';
import { Tagger, type TaggedSentence } from '../../../src/annotate/tagger/tagger.ts';
import { hashString } from '../../../src/annotate/linear/hashing.ts';
import { shapeHash, wordShape } from '../../../src/annotate/linear/word-hashes.ts';
import { runCli, tempDir } from '../../helpers/workspace.ts';
import { TINY_TREEBANK, readSentences } from '../../helpers/tiny-treebank.ts';

const OPTIONS = { epochs: 8, seed: 1, dictionaryMinCount: 20, dictionaryMinShare: 0.98, minWeight: 0, minUpdates: 1 };
const lexicon = loadLexicon();
const classes = new LexiconClasses(lexicon);

async function tinySentences(): Promise<TaggedSentence[]> {
  return (await readSentences(TINY_TREEBANK)).map((s) => ({ words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos) }));
}

describe('the part-of-speech tagger', () => {
  it('learns the universal and fine tags of its training sentences', async () => {
    const sentences = await tinySentences();
    const tagger = Tagger.train(sentences, OPTIONS, classes);
    for (const sentence of sentences) expect(tagger.tag(sentence.words)).toEqual({ upos: sentence.upos, xpos: sentence.xpos });
  });

  it('trains deterministically', async () => {
    const sentences = await tinySentences();
    const words = ['Tichanovskaja', 'steunt', 'de', 'betogers', 'in', 'Minsk', '.'];
    const first = Tagger.train(sentences, OPTIONS, classes);
    const second = Tagger.train(sentences, OPTIONS, classes);
    expect(second.parameters.upos.toStored()).toEqual(first.parameters.upos.toStored());
    expect(second.tag(words)).toEqual(first.tag(words));
  });

  it('learns only that a word is one of the tags given as alternatives', async () => {
    const sentences = await tinySentences();
    const ambiguous = sentences.map((s) => ({ ...s, upos: s.upos.map((tag) => (tag === 'AUX' ? 'AUX/VERB' : tag)) }));
    const tagger = Tagger.train(ambiguous, OPTIONS, classes);
    expect(tagger.parameters.uposClasses).not.toContain('AUX/VERB');
    expect(['AUX', 'VERB']).toContain(tagger.tag(['Mensen', 'zijn', 'geslagen', '.']).upos[1]);
  });

  it('gives the same tags and features after a save and load', async () => {
    const sentences = await tinySentences();
    const tagger = Tagger.train(sentences, OPTIONS, classes);
    const features = FeatureTable.learn((await readSentences(TINY_TREEBANK)).flatMap((s) => s.words));
    const path = join(tempDir(), 'tagger.json.gz');
    saveTagger({ tagger, features, provenance: { data: [TINY_TREEBANK], licence: 'test', command: 'test', date: '2026-12-01' } }, path);
    const loaded = loadTagger(path, lexicon);
    expect(loaded.provenance.data).toEqual([TINY_TREEBANK]);
    const unseen = ['Tichanovskaja', 'steunt', 'de', 'betogers', 'in', 'Minsk', '.'];
    expect(loaded.tagger.tag(unseen)).toEqual(tagger.tag(unseen));
    for (const sentence of sentences) expect(loaded.tagger.tag(sentence.words)).toEqual(tagger.tag(sentence.words));
    expect(loaded.features.features('PRON', 'VNW|pers|pron|obl|vol|3|ev|masc')).toBe('Case=Acc|Person=3|PronType=Prs');
    expect(loaded.features.features('NOUN', 'N|soort|mv|dim')).toBe('_');
  });

  it('is trained by kroniek train tagger, which records the sentences it learned from', () => {
    const out = join(tempDir(), 'cli-tagger.json.gz');
    const result = runCli(['train', 'tagger', '--conllu', TINY_TREEBANK, '--out', out, '--epochs', '3']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/trained on 6 sentences/);
    const { provenance } = loadTagger(out, lexicon);
    expect(provenance.command).toContain('--epochs 3');
    expect(Buffer.from(provenance.trainedOn!, 'base64').length).toBe(6 * 4);
  });

  it('refuses a file that is not a tagger model', () => {
    expect(() => loadTagger(TINY_TREEBANK, lexicon)).toThrow(/not a kroniek-tagger model file/);
  });

  it('describes word shapes', () => {
    expect(wordShape('Wit-Rusland')).toBe('Xx-Xx');
    expect(wordShape('26-jarige')).toBe('d-x');
    expect(wordShape('NAVO')).toBe('X');
    expect(wordShape('Ölçü')).toBe('Xx');
  });

  it('hashes a shape without making it, to the same key', () => {
    for (const word of ['Wit-Rusland', '26-jarige', 'NAVO', 'Ölçü', 'ΑΘΗΝΑ', 'straße', '‘absoluut’', '😀x', 'a\u0301b', '1.000,50', '']) {
      expect(shapeHash(word)).toBe(hashString(wordShape(word)));
    }
  });
});
