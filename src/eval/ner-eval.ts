import { ENTITY_TYPES } from '../annotate/entities/mention.ts';
import { nerDocument } from '../annotate/entities/ner-input.ts';
import type { NerTagger } from '../annotate/entities/ner-tagger.ts';
import type { DutchAnalyzer } from '../annotate/syntax/dutch-analyzer.ts';
import { readConllNer, readTaggedDocuments } from '../conll/conll-ner.ts';
import { spanScore, type SpanScore } from './span-score.ts';

/** An entity span over the tokens of a sentence: `[start, end)` and its type. */
export interface TagSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** The score of the entities of one type (or all): exact span and type. */
export type TypeScore = SpanScore;

export interface NerScore {
  readonly overall: TypeScore;
  readonly byType: Readonly<Record<string, TypeScore>>;
  readonly tokens: number;
}

/**
 * The entity spans of an IOB2 tag sequence. A stray I- (no B- before it, or after another type)
 * opens a span, as conlleval reads it.
 */
export function tagSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const tagType = tag === 'O' ? '' : tag.slice(2);
    const continues = start >= 0 && prefix === 'I' && tagType === type;
    if (start >= 0 && !continues) {
      spans.push({ start, end: i, type });
      start = -1;
    }
    if (prefix !== 'O' && !continues) {
      start = i;
      type = tagType;
    }
  }
  return spans;
}

/**
 * Precision, recall and F1 of predicted entities against gold ones, per type and overall:
 * an entity counts only when its span and type are exactly right (CoNLL 2002's conlleval).
 */
export function scoreNer(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): NerScore {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const count = (type: string) => {
    let row = counts.get(type);
    if (!row) counts.set(type, (row = { gold: 0, predicted: 0, correct: 0 }));
    return row;
  };
  for (const type of ENTITY_TYPES) count(type);
  let tokens = 0;
  gold.forEach((sentence, s) => {
    tokens += sentence.length;
    const goldSpans = tagSpans(sentence);
    const predictedSpans = tagSpans(predicted[s]!);
    const goldKeys = new Set(goldSpans.map((span) => `${span.start}:${span.end}:${span.type}`));
    for (const span of goldSpans) count(span.type).gold += 1;
    for (const span of predictedSpans) {
      const row = count(span.type);
      row.predicted += 1;
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) row.correct += 1;
    }
  });
  const total = { gold: 0, predicted: 0, correct: 0 };
  const byType: Record<string, TypeScore> = {};
  for (const [type, row] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    byType[type] = spanScore(row.gold, row.predicted, row.correct);
    total.gold += row.gold;
    total.predicted += row.predicted;
    total.correct += row.correct;
  }
  return { overall: spanScore(total.gold, total.predicted, total.correct), byType, tokens };
}

/** A CoNLL NER file tagged and scored, with the time tagging took (after the language core). */
export interface NerFileScore extends NerScore {
  readonly seconds: number;
}

/**
 * Tags the documents of a CoNLL-format file whose last column is the gold IOB2 tag and scores
 * them: the one path `kroniek eval ner` and the quality floors share. The language core's tags
 * come first and are not timed.
 */
export async function evaluateNerFile(file: string, tagger: NerTagger, analyzer: DutchAnalyzer): Promise<NerFileScore> {
  const gold = await readTaggedDocuments(file);
  const documents = gold.map((d) => nerDocument(d.sentences.map((s) => s.words), analyzer));
  const started = performance.now();
  const predicted = documents.flatMap((d) => tagger.tagDocument(d));
  const seconds = (performance.now() - started) / 1000;
  return { ...scoreNer(gold.flatMap((d) => d.sentences.map((s) => s.tags)), predicted), seconds };
}

/**
 * Scores a CoNLL-format file that already carries predictions: gold IOB2 tags second to last,
 * predicted ones last (what `kroniek ner --conll` writes, or another system's output aligned
 * to the same tokens), so peers are scored by the same code as Kroniek.
 */
export async function scoreTaggedFile(file: string): Promise<NerScore> {
  const gold: string[][] = [];
  const predicted: string[][] = [];
  for await (const item of readConllNer(file)) {
    if (item.kind !== 'sentence') continue;
    gold.push(item.tokens.map((t) => t.columns[t.columns.length - 2] ?? 'O'));
    predicted.push(item.tokens.map((t) => t.columns[t.columns.length - 1]!));
  }
  return scoreNer(gold, predicted);
}
