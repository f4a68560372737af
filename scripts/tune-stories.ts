/**
 * Grid search of the story-clustering tunables on a labelled stream (docs/stories.md): the
 * stream is annotated once, then clustered with every combination. Tunes on every other story
 * (by size, then name) and reports the rest beside, so the chosen values are checked on
 * stories they were not chosen on.
 *
 * node --import tsx scripts/tune-stories.ts eval/stories/stream.jsonl
 */
import { DocumentBuilder } from '../src/annotate/document-builder.ts';
import { makeSettings } from '../src/config/settings.ts';
import { readInputs } from '../src/ingest/read-inputs.ts';
import { readLabels, scoreStream } from '../src/eval/story-eval.ts';
import { storyArticle, type StoryArticle } from '../src/relate/stories/story-article.ts';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from '../src/relate/stories/story-clusterer.ts';

const path = process.argv[2] ?? 'eval/stories/stream.jsonl';
const settings = makeSettings();
const labels = await readLabels(path);
const builder = await DocumentBuilder.create(settings);
const all: { key: string; article: StoryArticle }[] = [];
for await (const result of readInputs([path], settings)) {
  if (result.kind === 'article') all.push({ key: result.article.sourceKey.replace(/^id:/, ''), article: storyArticle(builder.build(result.article)) });
}
const sizes = new Map<string, number>();
for (const { key } of all) sizes.set(labels.get(key)!.story, (sizes.get(labels.get(key)!.story) ?? 0) + 1);
const ranked = [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([story]) => story);
const half = (parity: number) => all.filter(({ key }) => ranked.indexOf(labels.get(key)!.story) % 2 === parity);
const tune = half(0);
const check = half(1);
const rows: { options: StoryOptions; tune: number; check: number; all: number }[] = [];
for (const joinSimilarity of [0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.2]) {
  for (const termShare of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    for (const decayDays of [14, 30, 60, 120]) {
      for (const windowDays of [120, 240]) {
      const options = { joinSimilarity, termShare, decayDays, windowDays };
      const f1 = (articles: typeof all) => scoreStream(articles, labels, options).stories.bcubed.f1;
      rows.push({ options, tune: f1(tune), check: f1(check), all: f1(all) });
      }
    }
  }
}
rows.sort((a, b) => b.tune - a.tune);
const defaults = rows.find((row) => JSON.stringify(row.options) === JSON.stringify(DEFAULT_STORY_OPTIONS));
console.log(`tune: ${tune.length} articles, check: ${check.length}, all: ${all.length}`);
const show = (row: (typeof rows)[number]): void => console.log(JSON.stringify(row.options), 'tune', row.tune.toFixed(4), 'check', row.check.toFixed(4), 'all', row.all.toFixed(4));
rows.slice(0, 15).forEach(show);
if (defaults) {
  console.log('the defaults (DEFAULT_STORY_OPTIONS), ranked', rows.indexOf(defaults) + 1, 'of', rows.length, 'on the tuning half:');
  show(defaults);
}
