import { describe, expect, it } from 'vitest';
import type { Annotator } from '../../../src/annotate/annotator.ts';
import { AnnotationPipeline } from '../../../src/annotate/pipeline.ts';
import { SentenceAnnotator, sentencesOf } from '../../../src/annotate/syntax/sentence-annotator.ts';
import { isAnalysed, type DutchTokenSpan, type SentenceSpan, type TokenSpan } from '../../../src/annotate/syntax/syntax-spans.ts';
import { analyzeText } from '../../../src/annotate/syntax/text-analysis.ts';
import { TokenAnnotator } from '../../../src/annotate/syntax/token-annotator.ts';
import type { LanguageSegment } from '../../../src/doc/types.ts';
import { FakeAnalyzer, brokenAnalyzer } from './fake-analyzer.ts';

const DUTCH = 'Loekasjenko erkent het. Hij zei: ‘Wij zijn Slaven. Wij hebben een hart.’';
const ENGLISH = 'Thousands turned up near the metro station. Police were there.';
const TEXT = `${DUTCH}\n\n${ENGLISH}\n\nDat meldt het persbureau.`;
const TWEET: LanguageSegment = { start: DUTCH.length + 2, end: DUTCH.length + 2 + ENGLISH.length, language: 'en', kind: 'passage', producer: 'test' };

function words(text: string, tokens: readonly TokenSpan[], sentence: SentenceSpan): string[] {
  return tokens.slice(sentence.firstToken, sentence.endToken).map((token) => text.slice(token.start, token.end));
}

describe('analyzeText', () => {
  const analyzer = new FakeAnalyzer();
  const { tokens, sentences } = analyzeText(TEXT, [TWEET], analyzer);

  it('covers every character of the text that is not white space, in order, once', () => {
    expect(tokens.map((token) => TEXT.slice(token.start, token.end)).join('')).toBe(TEXT.replace(/\s+/g, ''));
    for (const token of tokens) expect(TEXT.slice(token.start, token.end)).toMatch(/^\S+$/);
  });

  it('makes sentences that own their tokens, end to end', () => {
    expect(sentences.map((sentence) => TEXT.slice(sentence.start, sentence.end))).toEqual([
      'Loekasjenko erkent het.',
      'Hij zei: ‘Wij zijn Slaven.',
      'Wij hebben een hart.’',
      'Thousands turned up near the metro station.',
      'Police were there.',
      'Dat meldt het persbureau.',
    ]);
    expect(sentences[0]!.firstToken).toBe(0);
    expect(sentences.at(-1)!.endToken).toBe(tokens.length);
    sentences.forEach((sentence, index) => {
      if (index > 0) expect(sentence.firstToken).toBe(sentences[index - 1]!.endToken);
      expect(sentence.start).toBe(tokens[sentence.firstToken]!.start);
      expect(sentence.end).toBe(tokens[sentence.endToken - 1]!.end);
      for (let t = sentence.firstToken; t < sentence.endToken; t++) expect(tokens[t]!.sentence).toBe(index);
    });
  });

  it('gives the analyzer the Dutch sentences only, and never the English ones', () => {
    expect(analyzer.seen).toEqual([sentences[0], sentences[1], sentences[2], sentences[5]].map((sentence) => words(TEXT, tokens, sentence!)));
  });

  it('marks tokens and sentences of a non-Dutch segment with its language and leaves their analysis out', () => {
    const english = tokens.filter((token) => token.start >= TWEET.start && token.end <= TWEET.end);
    expect(english).toHaveLength(12);
    for (const token of english) {
      expect(token).toEqual({ start: token.start, end: token.end, producer: 'kroniek-nl-tokenizer', sentence: token.sentence, language: 'en' });
    }
    expect(sentences.map((sentence) => sentence.language ?? null)).toEqual([null, null, null, 'en', 'en', null]);
    expect(tokens.filter((token) => !english.includes(token)).every(isAnalysed)).toBe(true);
  });

  it('turns heads counted in the sentence into indices of the token layer', () => {
    for (const sentence of sentences.filter((s) => !s.language)) {
      const first = tokens[sentence.firstToken] as DutchTokenSpan;
      expect(first.head).toBeNull();
      expect(first.deprel).toBe('root');
      for (let t = sentence.firstToken + 1; t < sentence.endToken; t++) expect((tokens[t] as DutchTokenSpan).head).toBe(t - 1);
    }
    const dutch = tokens.filter(isAnalysed);
    expect(dutch.map((token) => token.lemma).slice(0, 4)).toEqual(['loekasjenko', 'erkent', 'het', '.']);
    expect(dutch[0]!.producer).toBe('kroniek-nl-tokenizer+fake-analyzer');
  });

  it('makes nothing of an empty or blank text', () => {
    expect(analyzeText('', [], analyzer)).toEqual({ tokens: [], sentences: [] });
    expect(analyzeText(' \n\n ', [], analyzer)).toEqual({ tokens: [], sentences: [] });
  });

  it.each([
    ['too few analyses', (w: readonly string[]) => new FakeAnalyzer().analyze(w).slice(1), /returned \d+ analyses for \d+ words/],
    ['a head outside the sentence', (w: readonly string[]) => new FakeAnalyzer().analyze(w).map((a) => ({ ...a, head: w.length + 1 })), /returned head/],
    ['a word that heads itself', (w: readonly string[]) => new FakeAnalyzer().analyze(w).map((a, i) => ({ ...a, head: i + 1 })), /returned head 1 for word 1/],
  ])('refuses an analyzer that returns %s', (_, answer, message) => {
    expect(() => analyzeText(DUTCH, [], brokenAnalyzer(answer))).toThrow(message);
  });
});

describe('the token and sentence annotators', () => {
  const segments: Annotator<LanguageSegment> = { layer: 'segments', needs: [], annotate: () => [TWEET] };

  it('run after the segments and make layers that agree with analyzeText', async () => {
    const pipeline = await AnnotationPipeline.create([segments, new TokenAnnotator(new FakeAnalyzer()), new SentenceAnnotator()]);
    const layers = pipeline.annotate({ text: TEXT, title: null, published: null });
    expect(pipeline.layerNames).toEqual(['segments', 'tokens', 'sentences']);
    expect(layers).toEqual({ segments: [TWEET], ...analyzeText(TEXT, [TWEET], new FakeAnalyzer()) });
  });

  it('cannot run before the segments they need', async () => {
    await expect(AnnotationPipeline.create([new TokenAnnotator(new FakeAnalyzer()), segments])).rejects.toThrow(/"tokens" needs "segments"/);
    await expect(AnnotationPipeline.create([segments, new SentenceAnnotator()])).rejects.toThrow(/"sentences" needs "tokens"/);
  });

  it('group no tokens into no sentences', () => {
    expect(sentencesOf([])).toEqual([]);
  });
});
