// Story clustering speed and memory (issue 7): near-duplicate detection plus streaming story
// clustering over a stream of generated articles, in memory, one thread. Run alone with
// `node --import tsx bench/story-bench.ts [COUNT]`; `npm run bench` runs it too.
import { generateArticles } from './corpus-generator.ts';
import { entityKey, type StoryArticle } from '../src/relate/stories/story-article.ts';
import { StoryClusterer } from '../src/relate/stories/story-clusterer.ts';

/** Generated articles per stream day: 100,000 articles span 1,000 days, four windows, so the run shows memory bounded by the window (24,000 articles), not the stream. */
const ARTICLES_PER_DAY = 100;
const FIRST_DAY = Date.UTC(2020, 0, 1);
/** Names as the generator writes them (two capitalised words); NER is not what is measured here. */
const NAME = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu;

export interface StoryBench {
  readonly articles: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly stories: number;
  readonly openStories: number;
  readonly peakRssMb: number;
  readonly heapMb: number;
}

/** A generated article as clustering reads it, dated in stream order. */
function streamArticle(index: number, generated: { id: string; title: string; text: string }): StoryArticle {
  const day = new Date(FIRST_DAY + Math.floor(index / ARTICLES_PER_DAY) * 86_400_000).toISOString().slice(0, 10);
  const names = new Map<string, string>();
  const entities = Array.from(generated.text.matchAll(NAME), (match) => {
    const key = entityKey('PER', match[0]);
    names.set(key, match[0]);
    return key;
  });
  return { id: generated.id, published: { value: day, precision: 'day' }, title: generated.title, text: generated.text, entities, names };
}

/** Clusters `count` generated articles as one stream; the figures of issue 7's benchmark. */
export function benchStories(count: number): StoryBench {
  const clusterer = new StoryClusterer();
  const stories = new Set<string>();
  let index = 0;
  const started = performance.now();
  for (const generated of generateArticles(count, 7)) {
    stories.add(clusterer.add(streamArticle(index++, generated)).story);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    articles: count,
    seconds,
    articlesPerSecond: count / seconds,
    stories: stories.size,
    openStories: clusterer.activeStories().length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: process.memoryUsage().heapUsed / 1e6,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchStories(Number(process.argv[2] ?? 100_000))));
}
