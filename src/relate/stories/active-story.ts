import type { DayRange, StoryArticle } from './story-article.ts';
import { heaviest, type Vector } from './story-vectors.ts';

/** Terms kept in a story's centroid: its topic, bounded whatever the story's size. */
const CENTROID_TERMS = 150;

/** A story still taking articles: what clustering compares new articles with. */
export class ActiveStory {
  readonly articles: string[] = [];
  /** Sum of its articles' unit vectors, cut to its heaviest terms. */
  centroid: Vector = new Map();
  /** First to last day its dated articles may fall on. */
  range: DayRange | null = null;
  /** In how many of its articles each entity key occurs. */
  private readonly entityArticles = new Map<string, number>();
  /** Display names of its entities, by key. */
  readonly names = new Map<string, string>();

  constructor(readonly id: string) {}

  add(article: StoryArticle, vector: Vector, range: DayRange | null): void {
    this.articles.push(article.id);
    const sum = new Map(this.centroid);
    for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
    this.centroid = heaviest(sum, CENTROID_TERMS);
    for (const key of new Set(article.entities)) this.entityArticles.set(key, (this.entityArticles.get(key) ?? 0) + 1);
    for (const [key, name] of article.names) if (!this.names.has(key)) this.names.set(key, name);
    if (range) this.range = this.range ? { first: Math.min(this.range.first, range.first), last: Math.max(this.range.last, range.last) } : range;
  }

  /** The share of its articles that mention an entity key, 0 to 1. */
  entityShare(key: string): number {
    return (this.entityArticles.get(key) ?? 0) / Math.max(this.articles.length, 1);
  }

  entityKeys(): IterableIterator<string> {
    return this.entityArticles.keys();
  }

  /** Entity keys by how many of its articles mention them, most first. */
  topEntities(limit: number): string[] {
    return [...this.entityArticles].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([key]) => key);
  }
}
