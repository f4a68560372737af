import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, LanguageSegment } from '../../src/doc/types.ts';
import { isAnalysed, type SentenceSpan, type TokenSpan } from '../../src/annotate/syntax/syntax-spans.ts';
import { splitSentences } from '../../src/clean/sentence-split.ts';
import { SEEDS, allDocuments, ingestInto } from '../helpers/workspace.ts';

const SEED = {
  migrationTalks: '000_faece3e3765e0fbd.txt',
  bbcInterview: '001_fcec125009fbde04.txt',
  callToPoetin: '002_a2986bd07e8c5182.txt',
  lukashenkoContact: '003_8cc9d30fe68c87ab.txt',
  moscowVisit: '004_4dc42ba45d74617b.txt',
} as const;

let documents: Map<string, Document>;

beforeAll(async () => {
  const { store } = await ingestInto([SEEDS]);
  documents = new Map((await allDocuments(store)).map((document) => [document.source.split('/').pop()!, document]));
  await store.close();
});

function seed(name: keyof typeof SEED): Document {
  return documents.get(SEED[name])!;
}

function raw(name: keyof typeof SEED): string {
  return readFileSync(join(SEEDS, SEED[name]), 'utf8');
}

function tokensOf(document: Document): TokenSpan[] {
  return document.layers.tokens as TokenSpan[];
}

function sentencesOf(document: Document): SentenceSpan[] {
  return document.layers.sentences as SentenceSpan[];
}

function sliceOf(document: Document, span: { start: number; end: number }): string {
  return document.text.slice(span.start, span.end);
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('the seed corpus', () => {
  it('reads all five seeds with month-precision dates', async () => {
    expect(documents.size).toBe(5);
    expect(seed('migrationTalks').published).toEqual({ value: '2021-11', precision: 'month' });
    expect(seed('callToPoetin').published).toEqual({ value: '2020-08', precision: 'month' });
    expect(seed('moscowVisit').published).toEqual({ value: '2020-09', precision: 'month' });
    for (const document of documents.values()) expect(document.published?.precision).toBe('month');
  });

  it('seed 000 keeps every sentence of its first five paragraphs exactly once and loses the repeated block', async () => {
    const paragraphs = raw('migrationTalks').replace(/^ date \S+ /, '').split('\n\n').slice(0, 5);
    const text = seed('migrationTalks').text;
    for (const paragraph of paragraphs) {
      for (const { start, end } of splitSentences(paragraph)) {
        expect(occurrences(text, paragraph.slice(start, end)), paragraph.slice(start, end)).toBe(1);
      }
    }
    expect(text).toBe(paragraphs.join('\n\n'));
    const repeats = seed('migrationTalks').removed.filter((removal) => removal.reason === 'repeated-content');
    expect(repeats).toHaveLength(1);
    expect(repeats[0]!.text.startsWith('De aankondiging komt er na al het tweede telefoongesprek')).toBe(true);
    expect(raw('migrationTalks').slice(repeats[0]!.start, repeats[0]!.start + repeats[0]!.text.length)).toBe(repeats[0]!.text);
  });

  it('seed 002 keeps its article, finds its title and loses its five boilerplate passages', async () => {
    const document = seed('callToPoetin');
    expect(document.title).toBe('Wit-Russische leider Loekasjenko klopt aan bij Poetin');
    expect(document.text.startsWith('De Wit-Russische president Aleksander Loekasjenko heeft aangeklopt')).toBe(true);
    expect(document.text).toContain('Maandag bezoekt Loekasjenko een vrachtwagenfabriek om er met arbeiders te spreken.');
    expect(document.text).toContain('Ook zijn er hulpverleners aanwezig om de vrijgelaten gevangenen te behandelen.');
    expect(document.removed.map((removal) => [removal.reason, removal.text])).toEqual([
      ['consent-notice', 'Wel toestemming gegeven maar niet getoond, herlaad de pagina.'],
      ['consent-notice', 'Twitter wordt niet geladen omdat je geen toestemming hebt gegeven.'],
      ['consent-notice', 'Klik hier om het aan te passen.'],
      ['read-also', 'Lees ook: Slachtoffers Japanse bezetting Nederlands-Indië herdacht'],
      ['correction-prompt', 'Foutje gezien? Mail ons. Wij zijn je dankbaar.'],
    ]);
    for (const removal of document.removed) {
      expect(raw('callToPoetin').slice(removal.start, removal.start + removal.text.length)).toBe(removal.text);
      expect(document.text).not.toContain(removal.text);
    }
  });

  it('seed 002 keeps the English tweet as a marked en segment, not as Dutch text', async () => {
    const document = seed('callToPoetin');
    const segments = document.layers.segments as LanguageSegment[];
    expect(segments).toHaveLength(1);
    const [tweet] = segments;
    expect(tweet!.language).toBe('en');
    expect(tweet!.kind).toBe('embed');
    const text = document.text.slice(tweet!.start, tweet!.end);
    expect(text.startsWith('In #Minsk, #Belarus, thousands turned up')).toBe(true);
    expect(text.endsWith('August 15, 2020')).toBe(true);
  });

  it('seed 003 loses its photo credit and keeps the caption sentence', async () => {
    const document = seed('lukashenkoContact');
    expect(document.text).not.toContain('Pro Shots');
    expect(document.text.endsWith('waar eerder deze week een betoger om het leven kwam.')).toBe(true);
    expect(document.removed).toEqual([{ text: '(Foto: Pro Shots)', reason: 'photo-credit', start: raw('lukashenkoContact').indexOf('(Foto: Pro Shots)') }]);
  });

  it('leaves the clean seeds 001 and 004 whole, with no title invented', async () => {
    for (const name of ['bbcInterview', 'moscowVisit'] as const) {
      const document = seed(name);
      expect(document.removed).toEqual([]);
      expect(document.title).toBeNull();
      expect(document.text).toBe(raw(name).replace(/^ date \S+ /, '').trim());
    }
  });

  it('keeps every layer span inside the text', async () => {
    for (const document of documents.values()) {
      for (const spans of Object.values(document.layers)) {
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(document.text.length);
          expect(span.start).toBeLessThan(span.end);
        }
      }
    }
  });
});

describe('the token and sentence layers of the seeds', () => {
  it('tokenise every seed: each token is a run of its text without white space, and together they are all of it', async () => {
    for (const document of documents.values()) {
      const tokens = tokensOf(document);
      expect(tokens.length).toBeGreaterThan(100);
      tokens.forEach((token, index) => {
        expect(sliceOf(document, token)).toMatch(/^\S+$/);
        if (index > 0) expect(token.start).toBeGreaterThanOrEqual(tokens[index - 1]!.end);
      });
      expect(tokens.map((token) => sliceOf(document, token)).join('')).toBe(document.text.replace(/\s+/g, ''));
    }
  });

  it('split every seed into sentences that own their tokens, end to end, never across a paragraph', async () => {
    for (const document of documents.values()) {
      const tokens = tokensOf(document);
      const sentences = sentencesOf(document);
      expect(sentences[0]!.firstToken).toBe(0);
      expect(sentences.at(-1)!.endToken).toBe(tokens.length);
      sentences.forEach((sentence, index) => {
        if (index > 0) expect(sentence.firstToken).toBe(sentences[index - 1]!.endToken);
        expect(sentence.firstToken).toBeLessThan(sentence.endToken);
        expect(sentence.start).toBe(tokens[sentence.firstToken]!.start);
        expect(sentence.end).toBe(tokens[sentence.endToken - 1]!.end);
        expect(sliceOf(document, sentence)).not.toContain('\n');
        for (let t = sentence.firstToken; t < sentence.endToken; t++) expect(tokens[t]!.sentence).toBe(index);
      });
    }
  });

  it('analyse every Dutch token: heads inside its own sentence, the root with a null head, punctuation as PUNCT', async () => {
    for (const document of documents.values()) {
      const tokens = tokensOf(document);
      const sentences = sentencesOf(document);
      tokens.forEach((token, index) => {
        if (!isAnalysed(token)) return;
        const sentence = sentences[token.sentence]!;
        for (const field of ['upos', 'xpos', 'feats', 'lemma', 'deprel'] as const) expect(token[field]).toMatch(/^\S+$/);
        if (token.head !== null) {
          expect(token.head).not.toBe(index);
          expect(token.head).toBeGreaterThanOrEqual(sentence.firstToken);
          expect(token.head).toBeLessThan(sentence.endToken);
        }
        if (/^[.,;:!?]$/.test(sliceOf(document, token))) expect(token.upos).toBe('PUNCT');
      });
    }
  });

  it('tokenise the English tweet of seed 002 and split it into sentences, without tagging or parsing it as Dutch', async () => {
    const document = seed('callToPoetin');
    const [tweet] = document.layers.segments as LanguageSegment[];
    const inside = (span: { start: number; end: number }): boolean => span.start >= tweet!.start && span.end <= tweet!.end;
    const english = tokensOf(document).filter(inside);
    expect(english.map((token) => sliceOf(document, token)).slice(0, 5)).toEqual(['In', '#Minsk', ',', '#Belarus', ',']);
    expect(english.map((token) => sliceOf(document, token))).toContain('https://t.co/anBMCAs5V5');
    for (const token of english) {
      expect(isAnalysed(token)).toBe(false);
      expect(token).toMatchObject({ language: 'en', producer: 'kroniek-nl-tokenizer' });
      expect(token).not.toHaveProperty('upos');
      expect(token).not.toHaveProperty('head');
    }
    const sentences = sentencesOf(document).filter(inside);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence.language).toBe('en');
    expect(tokensOf(document).filter((token) => !inside(token)).every(isAnalysed)).toBe(true);
    for (const other of documents.values()) {
      if (other !== document) expect(tokensOf(other).every(isAnalysed)).toBe(true);
    }
  });

  it('keep a quote that spans sentences attached: its opening mark begins the first, its closing mark ends the last', async () => {
    const document = seed('bbcInterview');
    const texts = sentencesOf(document).map((sentence) => sliceOf(document, sentence));
    const opening = texts.indexOf('‘Misschien heeft iemand hen geholpen.');
    expect(opening).toBeGreaterThanOrEqual(0);
    expect(texts[opening + 1]).toBe('Maar ik zal dat niet eens onderzoeken.’');
    const closing = tokensOf(document)[sentencesOf(document)[opening + 1]!.endToken - 1]!;
    expect(sliceOf(document, closing)).toBe('’');
    expect(texts.find((text) => text.startsWith('‘Oke, oke'))).toBe('‘Oke, oke, ik geeft het toe, ik geef het toe.');
    expect(texts.find((text) => text.endsWith('dat tonen jullie niet.’'))).toBe('Maar ook politiemensen zijn in elkaar geslagen en dat tonen jullie niet.’');
  });
});
