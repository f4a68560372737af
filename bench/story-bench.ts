// Story clustering speed and memory (issue 7): near-duplicate detection plus streaming story
// clustering over a stream of generated articles, in memory, one thread. Run alone with
// `node --import tsx bench/story-bench.ts [COUNT]`; `npm run bench` runs it too.
import { generateStoryStream } from './corpus-generator.ts';
import { scoreClusters } from '../src/eval/coref-scores.ts';
import { entityKey, type StoryArticle } from '../src/relate/stories/story-article.ts';
import { StoryClusterer } from '../src/relate/stories/story-clusterer.ts';

/** Generated articles per stream day: 100,000 articles span 1,000 days, four windows, so the run shows memory bounded by the window (24,000 articles), not the stream. */
const ARTICLES_PER_DAY = 100;
const FIRST_DAY = Date.UTC(2020, 0, 1);
/** Stories running at once in the generated stream, and their mean length: a story lasts about
 * 300 / 100 * 40 = 120 days, so the clusterer holds several hundred open stories (those of the
 * last 240 days), as a real news stream would, not the two that articles with a cast each make. */
const STREAM_SHAPE = { concurrentStories: 300, articlesPerStory: 40, seed: 7 } as const;
/** Articles between two hand-overs to the store, as in ingest's story step. */
const BATCH = 1000;
/** Names as the generator writes them (two capitalised words); NER is not what is measured here. */
const NAME = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu;

export interface StoryBench {
  readonly articles: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  /** The same per second of this thread's CPU time: what the figure would be with a core to
   * itself, when other work shares the machine (wall-clock time then counts their turns too). */
  readonly articlesPerCpuSecond: number;
  readonly stories: number;
  /** Stories the generator wrote the stream from. */
  readonly generatedStories: number;
  readonly openStories: number;
  /** B-cubed F1 of the stories found against the generated ones: a sanity check of the stream, not
   * a quality figure (the casts are drawn from small shared pools; eval/stories is the real test). */
  readonly bcubedF1: number;
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
  const found: string[] = [];
  const generated: string[] = [];
  let index = 0;
  // Only the clusterer's work is timed: generating the stream and finding its names (NER's
  // stand-in) are not what issue 7 measures.
  let busy = 0;
  let cpuBusy = 0;
  for (const generatedArticle of generateStoryStream(count, STREAM_SHAPE)) {
    const article = streamArticle(index++, generatedArticle);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    found.push(clusterer.add(article).story);
    // What the story step hands the store after each batch (closed stories, changed ones and
    // frequencies), as ingest does: without it the clusterer would keep them for the store.
    if (index % BATCH === 0) clusterer.takeChanges();
    busy += performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    cpuBusy += (cpu.user + cpu.system) / 1e6;
    generated.push(String(generatedArticle.story));
  }
  const seconds = busy / 1000;
  return {
    articles: count,
    seconds,
    articlesPerSecond: count / seconds,
    articlesPerCpuSecond: count / cpuBusy,
    stories: new Set(found).size,
    generatedStories: new Set(generated).size,
    openStories: clusterer.activeStories().length,
    bcubedF1: scoreClusters(generated, found).bcubed.f1,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: process.memoryUsage().heapUsed / 1e6,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchStories(Number(process.argv[2] ?? 100_000))));
}
