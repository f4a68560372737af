import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../../bench/corpus-generator.ts';
import { loadNer, loadNerResources } from '../../../src/annotate/entities/ner-model.ts';
import { nerDocument } from '../../../src/annotate/entities/ner-input.ts';
import { NerTagger } from '../../../src/annotate/entities/ner-tagger.ts';
import { sharedDutchAnalyzer, sharedLexicon } from '../../../src/annotate/syntax/shared-analyzer.ts';
import { loadParser } from '../../../src/annotate/parser/parser-model.ts';
import { Parser } from '../../../src/annotate/parser/parser.ts';
import { loadTagger } from '../../../src/annotate/tagger/tagger-model.ts';
import { Tagger } from '../../../src/annotate/tagger/tagger.ts';
import { DEFAULT_MODEL_DIR, loadDutchModels } from '../../../src/annotate/syntax/dutch-analyzer.ts';
import { splitSentences } from '../../../src/annotate/tokens/sentence-splitter.ts';
import { tokenize } from '../../../src/annotate/tokens/tokenizer.ts';

describe('exact integer scores (shipped models, generated news)', () => {
  it('parse exactly as the parser model alone does', () => {
    const { analyzer } = loadDutchModels();
    const fast = loadParser(join(DEFAULT_MODEL_DIR, 'parser-nl.json.gz')).parser;
    const plain = new Parser(fast.parameters, { dense: false });
    let words = 0;
    for (const article of generateArticles(12, 3)) {
      const tokens = tokenize(article.text);
      for (const sentence of splitSentences(article.text, tokens)) {
        const forms = tokens.slice(sentence.firstToken, sentence.endToken).map((t) => article.text.slice(t.start, t.end));
        const tags = analyzer.tag(forms);
        const input = { words: forms, upos: tags.upos, xpos: tags.xpos, lemmas: analyzer.lemmatize(forms, tags) };
        expect(fast.parse(input)).toEqual(plain.parse(input));
        words += forms.length;
      }
    }
    expect(words).toBeGreaterThan(2000);
  });
});

describe('exact integer scores of universal tags', () => {
  it('tag exactly as the tagger models alone do', () => {
    const { tagger } = loadTagger(join(DEFAULT_MODEL_DIR, 'tagger-nl.json.gz'));
    const plain = new Tagger(tagger.parameters, tagger.dictionary, { dense: false });
    let words = 0;
    for (const article of generateArticles(20, 5)) {
      const tokens = tokenize(article.text);
      for (const sentence of splitSentences(article.text, tokens)) {
        const forms = tokens.slice(sentence.firstToken, sentence.endToken).map((t) => article.text.slice(t.start, t.end));
        expect(tagger.tag(forms)).toEqual(plain.tag(forms));
        words += forms.length;
      }
    }
    expect(words).toBeGreaterThan(4000);
  });
});

describe('exact integer scores of NER labels', () => {
  it('find the names exactly as the NER model alone does', () => {
    const analyzer = sharedDutchAnalyzer();
    const { tagger } = loadNer(undefined, {}, sharedLexicon());
    const plain = new NerTagger(tagger.parameters, loadNerResources({}, sharedLexicon()), { dense: false });
    let names = 0;
    for (const article of generateArticles(15, 9)) {
      const tokens = tokenize(article.text);
      const document = nerDocument(
        splitSentences(article.text, tokens).map((s) => tokens.slice(s.firstToken, s.endToken).map((t) => article.text.slice(t.start, t.end))),
        analyzer,
      );
      const tags = tagger.tagDocument(document);
      expect(tags).toEqual(plain.tagDocument(document));
      names += tags.flat().filter((tag) => tag.startsWith('B-')).length;
    }
    expect(names).toBeGreaterThan(200);
  });
});
