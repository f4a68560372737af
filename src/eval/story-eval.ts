import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DocumentBuilder } from '../annotate/document-builder.ts';
import type { Settings } from '../config/settings.ts';
import { InputError } from '../errors.ts';
import { readInputs } from '../ingest/read-inputs.ts';
import { storyArticle, type StoryArticle } from '../relate/stories/story-article.ts';
import { DEFAULT_STORY_OPTIONS, StoryClusterer, type StoryOptions } from '../relate/stories/story-clusterer.ts';
import { scoreClusters, type CorefScore } from './coref-scores.ts';
import { spanScore, type SpanScore } from './span-score.ts';

/** What a labelled stream says of one article: its story and the article it copies, if any. */
interface GoldLabel {
  readonly story: string;
  readonly duplicateOf: string | null;
}

/** The scores of `kroniek eval stories`. */
export interface StoryEvalResult {
  readonly articles: number;
  readonly goldStories: number;
  readonly stories: CorefScore;
  /** Every article in one story, and every article alone: the trivial baselines. */
  readonly allTogether: CorefScore;
  readonly allApart: CorefScore;
  /**
   * Copies found: gold counts the articles with a `duplicate_of`, predicted those with an earlier
   * near-duplicate, correct those whose most similar earlier near-duplicate is a copy of the same
   * original (or the original itself).
   */
  readonly duplicates: SpanScore;
  /** Duplicate detection and clustering only, after annotation; one thread. */
  readonly articlesPerSecond: number;
}

/**
 * Annotates a labelled JSONL stream (records with `id`, `story` and optionally `duplicate_of`)
 * with the default pipeline, then clusters it in file order as a stream and scores the
 * stories (B-cubed, MUC) and the near-duplicate pairs against the labels.
 */
export async function evaluateStories(path: string, settings: Settings, options: StoryOptions = DEFAULT_STORY_OPTIONS): Promise<StoryEvalResult> {
  const labels = await readLabels(path);
  const builder = await DocumentBuilder.create(settings);
  const articles: { key: string; article: StoryArticle }[] = [];
  for await (const result of readInputs([path], settings)) {
    if (result.kind === 'failure') throw new InputError('bad-record', result.location, result.message);
    const key = result.article.sourceKey.replace(/^id:/, '');
    if (!labels.has(key)) throw new InputError('bad-record', result.article.location, `record "${key}" has no "story" label`);
    articles.push({ key, article: storyArticle(builder.build(result.article)) });
  }
  return scoreStream(articles, labels, options);
}

/** Clusters annotated articles in order and scores them against their labels (separate from annotation, for tuning). */
export function scoreStream(articles: readonly { key: string; article: StoryArticle }[], labels: ReadonlyMap<string, GoldLabel>, options: StoryOptions): StoryEvalResult {
  const clusterer = new StoryClusterer(options);
  const keyOf = new Map(articles.map(({ key, article }) => [article.id, key]));
  const started = performance.now();
  const assignments = articles.map(({ article }) => clusterer.add(article));
  const seconds = (performance.now() - started) / 1000;
  const gold = articles.map(({ key }) => labels.get(key)!.story);
  const original = (key: string): string => {
    const of = labels.get(key)?.duplicateOf;
    return of && of !== key ? original(of) : key;
  };
  const copies = articles.filter(({ key }) => labels.get(key)!.duplicateOf !== null).length;
  const found = assignments.filter((a) => a.duplicates.length > 0);
  const right = found.filter((a) => labels.get(keyOf.get(a.document)!)!.duplicateOf !== null && original(keyOf.get(a.document)!) === original(keyOf.get(a.duplicates[0]!.document)!));
  return {
    articles: articles.length,
    goldStories: new Set(gold).size,
    stories: scoreClusters(gold, assignments.map((a) => a.story)),
    allTogether: scoreClusters(gold, gold.map(() => 'one')),
    allApart: scoreClusters(gold, gold.map((_, i) => String(i))),
    duplicates: spanScore(copies, found.length, right.length),
    articlesPerSecond: articles.length / Math.max(seconds, 1e-9),
  };
}

/** The `story` and `duplicate_of` of every record, by its `id`; a record without them is an error naming its line. */
export async function readLabels(path: string): Promise<Map<string, GoldLabel>> {
  const labels = new Map<string, GoldLabel>();
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') continue;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new InputError('bad-json', { file: path, line }, 'not a JSON record');
    }
    if (typeof record.id !== 'string' || typeof record.story !== 'string') {
      throw new InputError('bad-record', { file: path, line }, 'a labelled record needs a string "id" and "story"');
    }
    labels.set(record.id, { story: record.story, duplicateOf: typeof record.duplicate_of === 'string' ? record.duplicate_of : null });
  }
  return labels;
}
