import { beforeAll, describe, expect, it } from 'vitest';
import { makeSettings } from '../../../src/config/settings.ts';
import { DocumentBuilder } from '../../../src/annotate/document-builder.ts';
import { readInputs } from '../../../src/ingest/read-inputs.ts';
import { storyArticle, type StoryArticle } from '../../../src/relate/stories/story-article.ts';
import { StoryClusterer, type StoryAssignment } from '../../../src/relate/stories/story-clusterer.ts';
import { SEEDS } from '../../helpers/workspace.ts';

/** The seeds, annotated, by the first three characters of their file name. */
async function seedArticles(): Promise<Map<string, StoryArticle>> {
  const settings = makeSettings();
  const builder = await DocumentBuilder.create(settings);
  const articles = new Map<string, StoryArticle>();
  for await (const result of readInputs([SEEDS], settings)) {
    if (result.kind === 'article') articles.set(result.article.source.split('/').at(-1)!.slice(0, 3), storyArticle(builder.build(result.article)));
  }
  return articles;
}

describe('stories of the seeds', () => {
  let articles: Map<string, StoryArticle>;
  beforeAll(async () => {
    articles = await seedArticles();
  }, 60_000);

  const cluster = (order: readonly string[]): Map<string, StoryAssignment> => {
    const clusterer = new StoryClusterer();
    return new Map(order.map((seed) => [seed, clusterer.add(articles.get(seed)!)]));
  };

  it('puts the 2021 migration crisis (000, 001) in one story and the August 2020 protests (002, 003) in another', () => {
    const stories = cluster(['002', '003', '004', '000', '001']);
    expect(stories.get('001')!.story).toBe(stories.get('000')!.story);
    expect(stories.get('003')!.story).toBe(stories.get('002')!.story);
    expect(stories.get('002')!.story).not.toBe(stories.get('000')!.story);
  });

  it('gives the same grouping when the articles of one month come in another order', () => {
    const grouping = (stories: Map<string, StoryAssignment>): string[][] => {
      const groups = new Map<string, string[]>();
      for (const [seed, { story }] of stories) groups.set(story, [...(groups.get(story) ?? []), seed].sort());
      return [...groups.values()].sort((a, b) => a[0]!.localeCompare(b[0]!));
    };
    expect(grouping(cluster(['003', '002', '004', '001', '000']))).toEqual(grouping(cluster(['002', '003', '004', '000', '001'])));
  });

  it('labels a story with its key people and places and its words', () => {
    const clusterer = new StoryClusterer();
    clusterer.add(articles.get('000')!);
    clusterer.add(articles.get('001')!);
    const [story] = clusterer.activeStories();
    expect(story!.label()).toMatch(/Loekasjenko/);
    expect(story!.articles).toHaveLength(2);
  });
});
