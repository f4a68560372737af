import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DocumentBuilder, defaultAnnotators } from '../src/annotate/document-builder.ts';
import { FACT_LAYERS } from '../src/annotate/fact-layers.ts';
import { MentionAnnotator } from '../src/annotate/entities/mention-annotator.ts';
import { MENTIONS_LAYER } from '../src/annotate/entities/mention.ts';
import { DEFAULT_MODEL_DIR, loadDutchAnalyzer } from '../src/annotate/syntax/dutch-analyzer.ts';
import { SENTENCES_LAYER, TOKENS_LAYER } from '../src/annotate/syntax/syntax-spans.ts';
import { analyzeText } from '../src/annotate/syntax/text-analysis.ts';
import type { Tags } from '../src/annotate/tagger/tagger.ts';
import { splitSentences } from '../src/annotate/tokens/sentence-splitter.ts';
import { tokenize } from '../src/annotate/tokens/tokenizer.ts';
import { makeSettings } from '../src/config/settings.ts';
import type { LanguageSegment } from '../src/doc/types.ts';
import { generateArticles } from './corpus-generator.ts';

/**
 * The model files the analyzer loads. The whole analysis is timed as ingest runs it (through the
 * SentenceAnalyzer contract); the tag-and-lemmatise and parse stages through the analyzer's
 * own stage methods.
 */
const MODEL_FILES = ['tagger-nl.json.gz', 'parser-nl.json.gz', 'lemmatizer-nl.json.gz', 'lexicon-nl.tsv.gz', 'ner-nl.json.gz', 'gazetteer-nl.tsv.gz', 'clusters-nl.tsv.gz'].map((name) => `${DEFAULT_MODEL_DIR}/${name}`);
/** Timed rounds per stage; the fastest counts, since a shared machine only ever slows a round
 * down. One untimed round first lets V8 compile the hot code. */
const ROUNDS = 3;

export interface LanguageCoreBench {
  readonly articles: number;
  readonly tokens: number;
  readonly sentences: number;
  /** Milliseconds to load the analyzer's models, as a worker does once. */
  readonly loadMs: number;
  /** Tokens per second on one thread, per stage. */
  readonly tokenise: number;
  readonly tag: number;
  readonly parse: number;
  readonly analyze: number;
  /** The mentions layer from the tokens and sentences layers, as ingest makes it. */
  readonly ner: number;
  /** Articles per second for the fact layers (timexes, quotes, figures, events) after NER. */
  readonly facts: number;
  /** Model files and the first 12 hex digits of their SHA-256, to say which models ran. */
  readonly models: readonly string[];
}

interface Sentence {
  readonly words: readonly string[];
  tags?: Tags;
  lemmas?: string[];
}

/**
 * Measures the language core on one core: tokenise and split, tag (and lemmatise), parse, and
 * the whole analysis as ingest runs it (analyzeText: tokenise, split, analyse, build the layer),
 * and NER as ingest runs it (the mentions layer from the tokens and sentences layers), over the
 * cleaned text of `count` generated articles.
 */
export async function benchLanguageCore(count: number): Promise<LanguageCoreBench> {
  const builder = await DocumentBuilder.create(makeSettings({ languageCore: false }));
  const documents = [...generateArticles(count, 7)].map((article, index) =>
    builder.build({
      source: `bench-${index}`, sourceKey: `bench-${index}`, location: { file: 'bench' }, format: 'jsonl', url: null,
      title: article.title, published: null, body: article.text, bodyOffset: 0, removed: [],
    }),
  );
  const started = performance.now();
  const analyzer = loadDutchAnalyzer();
  const loadMs = performance.now() - started;

  const split = (): Sentence[] =>
    documents.flatMap(({ text }) => {
      const tokens = tokenize(text);
      return splitSentences(text, tokens).map((s) => ({ words: tokens.slice(s.firstToken, s.endToken).map((t) => text.slice(t.start, t.end)) }));
    });
  const sentences = split();
  const tokens = sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
  const rate = (stage: () => void): number => tokens / (fastest(stage) / 1000);
  const mentions = new MentionAnnotator();
  await mentions.prepare();
  const analysed = documents.map(({ text, title, published, layers }) => {
    const { tokens: tokenLayer, sentences: sentenceLayer } = analyzeText(text, (layers.segments ?? []) as LanguageSegment[], analyzer);
    return { text, title, published, layers: { ...layers, [TOKENS_LAYER]: tokenLayer, [SENTENCES_LAYER]: sentenceLayer } };
  });
  const withMentions = analysed.map((input) => ({ ...input, layers: { ...input.layers, [MENTIONS_LAYER]: mentions.annotate(input) } }));
  const factAnnotators = defaultAnnotators(makeSettings()).filter((annotator) => (FACT_LAYERS as readonly string[]).includes(annotator.layer));
  for (const annotator of factAnnotators) await annotator.prepare?.();
  return {
    articles: count,
    tokens,
    sentences: sentences.length,
    loadMs,
    tokenise: rate(split),
    tag: rate(() => {
      for (const sentence of split()) analyzer.lemmatize(sentence.words, analyzer.tag(sentence.words));
    }),
    parse: rate(() => {
      for (const sentence of sentences) {
        sentence.tags ??= analyzer.tag(sentence.words);
        analyzer.parse(sentence.words, sentence.tags, (sentence.lemmas ??= analyzer.lemmatize(sentence.words, sentence.tags)));
      }
    }),
    analyze: rate(() => {
      for (const { text, layers } of documents) analyzeText(text, (layers.segments ?? []) as LanguageSegment[], analyzer);
    }),
    ner: rate(() => {
      for (const input of analysed) mentions.annotate(input);
    }),
    facts: count / (fastest(() => {
      for (const input of withMentions) {
        const layers: Record<string, unknown> = { ...input.layers };
        for (const annotator of factAnnotators) layers[annotator.layer] = annotator.annotate({ ...input, layers: layers as typeof input.layers });
      }
    }) / 1000),
    models: MODEL_FILES.map((file) => `${basename(file)} ${createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12)}`),
  };
}

/** The fastest of ROUNDS timed runs, in milliseconds, after one untimed run. */
function fastest(stage: () => void): number {
  stage();
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    stage();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
