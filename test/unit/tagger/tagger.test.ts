import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Tagger, type TaggedSentence } from '../../../src/annotate/tagger/tagger.ts';
import { loadTagger, saveTagger } from '../../../src/annotate/tagger/tagger-model.ts';
import { wordShape } from '../../../src/annotate/tagger/tagger-features.ts';
import { loadParser } from '../../../src/annotate/parser/parser-model.ts';
import { readConllu } from '../../../src/conllu/conllu.ts';
import { PROJECT_ROOT } from '../../helpers/paths.ts';
import { runCli, tempDir } from '../../helpers/workspace.ts';

const TINY = join(PROJECT_ROOT, 'test/data/tagger-tiny.conllu');
const OPTIONS = { epochs: 8, seed: 1, dictionaryMinCount: 20, dictionaryMinShare: 0.97 };

async function tinySentences(): Promise<TaggedSentence[]> {
  const sentences: TaggedSentence[] = [];
  for await (const sentence of readConllu(TINY)) {
    sentences.push({ words: sentence.words.map((word) => word.form), tags: sentence.words.map((word) => word.upos) });
  }
  return sentences;
}

describe('the part-of-speech tagger', () => {
  it('learns its training sentences', async () => {
    const sentences = await tinySentences();
    const tagger = Tagger.train(sentences, OPTIONS);
    for (const sentence of sentences) expect(tagger.tag(sentence.words)).toEqual(sentence.tags);
  });

  it('trains deterministically', async () => {
    const sentences = await tinySentences();
    expect(Tagger.train(sentences, OPTIONS).model.weights).toEqual(Tagger.train(sentences, OPTIONS).model.weights);
  });

  it('gives the same predictions after a save and load', async () => {
    const sentences = await tinySentences();
    const tagger = Tagger.train(sentences, OPTIONS);
    const path = join(tempDir(), 'tagger.json.gz');
    saveTagger(tagger, { data: [TINY], licence: 'test', command: 'test', date: '2026-11-28' }, path);
    const { tagger: loaded, provenance } = loadTagger(path);
    expect(provenance.data).toEqual([TINY]);
    const unseen = ['Tichanovskaja', 'steunt', 'de', 'betogers', 'in', 'Minsk', '.'];
    expect(loaded.tag(unseen)).toEqual(tagger.tag(unseen));
    for (const sentence of sentences) expect(loaded.tag(sentence.words)).toEqual(tagger.tag(sentence.words));
  });

  it('is trained by kroniek train tagger', () => {
    const out = join(tempDir(), 'cli-tagger.json.gz');
    const result = runCli(['train', 'tagger', '--conllu', TINY, '--out', out, '--epochs', '3']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/trained on 6 sentences/);
    expect(loadTagger(out).provenance.command).toContain('--epochs 3');
  });

  it('is scored, with a parser, by kroniek eval syntax', () => {
    const dir = tempDir();
    const [tagger, parser] = [join(dir, 'eval-tagger.json.gz'), join(dir, 'eval-parser.json.gz')];
    runCli(['train', 'tagger', '--conllu', TINY, '--out', tagger, '--epochs', '8']);
    expect(runCli(['train', 'parser', '--conllu', TINY, '--out', parser, '--epochs', '10']).stderr).toMatch(/trained on 6 sentences/);
    const score = JSON.parse(runCli(['eval', 'syntax', TINY, '--tagger', tagger, '--parser', parser, '--json']).stdout);
    expect(score.upos).toEqual({ correct: 28, total: 28, accuracy: 1 });
    expect(score.uas).toEqual({ correct: 28, total: 28, accuracy: 1 });
    expect(score.las).toEqual({ correct: 28, total: 28, accuracy: 1 });
  });

  it('refuses a file that is not a tagger model', () => {
    expect(() => loadParser(TINY)).toThrow(/not a kroniek-parser model file/);
    expect(() => loadTagger(TINY)).toThrow(/not a kroniek-tagger model file/);
  });

  it('describes word shapes', () => {
    expect(wordShape('Wit-Rusland')).toBe('Xx-Xx');
    expect(wordShape('26-jarige')).toBe('d-x');
    expect(wordShape('NAVO')).toBe('X');
  });
});
