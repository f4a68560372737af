import type { DaySpan, StoryArticle } from './story-article.ts';
import { heaviest, norm, type TermVector, type Vector } from './story-vectors.ts';

/** Terms kept in a story's centroid: its topic, bounded whatever the story's size. */
const CENTROID_TERMS = 150;
/** What a label names: people, then organisations or places, then words. */
const LABEL_PEOPLE = 2;
const LABEL_OTHERS = 1;
const LABEL_WORDS = 3;

/** An ActiveStory as stored: plain JSON. */
export interface StorySnapshot {
  readonly id: string;
  readonly label: string;
  readonly articles: readonly string[];
  readonly centroid: readonly (readonly [string, number])[];
  readonly range: DaySpan | null;
  readonly entityArticles: readonly (readonly [string, number])[];
  readonly names: readonly (readonly [string, string])[];
  readonly words: readonly (readonly [string, string])[];
}

/** A story still taking articles: what clustering compares new articles with. */
export class ActiveStory {
  readonly articles: string[] = [];
  /** Sum of its articles' unit vectors, cut to its heaviest terms. */
  centroid: Vector = new Map();
  /** The centroid's length, kept with it: every candidate comparison divides by it. */
  centroidNorm = 0;
  /** First to last day its dated articles may fall on. */
  range: DaySpan | null = null;
  /** In how many of its articles each entity key occurs. */
  private readonly entityArticles = new Map<string, number>();
  /** Display names of its entities, by key. */
  readonly names = new Map<string, string>();
  /** A word as written for each centroid stem, for labels (`oekrain` -> `Oekraïne`). */
  private words = new Map<string, string>();

  constructor(readonly id: string) {}

  static restore(snapshot: StorySnapshot): ActiveStory {
    const story = new ActiveStory(snapshot.id);
    story.articles.push(...snapshot.articles);
    story.centroid = new Map(snapshot.centroid);
    story.centroidNorm = norm(story.centroid);
    story.range = snapshot.range;
    for (const [key, count] of snapshot.entityArticles) story.entityArticles.set(key, count);
    for (const [key, name] of snapshot.names) story.names.set(key, name);
    story.words = new Map(snapshot.words);
    return story;
  }

  snapshot(): StorySnapshot {
    return {
      id: this.id,
      label: this.label(),
      articles: this.articles,
      centroid: [...this.centroid],
      range: this.range,
      entityArticles: [...this.entityArticles],
      names: [...this.names],
      words: [...this.words],
    };
  }

  add(article: StoryArticle, vector: TermVector, words: ReadonlyMap<string, string>, range: DaySpan | null): void {
    this.articles.push(article.id);
    const sum = new Map(this.centroid);
    vector.terms.forEach((term, i) => sum.set(term, (sum.get(term) ?? 0) + vector.weights[i]!));
    this.centroid = heaviest(sum, CENTROID_TERMS);
    this.centroidNorm = norm(this.centroid);
    for (const term of this.centroid.keys()) if (!this.words.has(term) && words.has(term)) this.words.set(term, words.get(term)!);
    for (const term of this.words.keys()) if (!this.centroid.has(term)) this.words.delete(term);
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

  /**
   * A readable Dutch label: its two most frequent people and its most frequent organisation or
   * place (adjectives such as "Poolse" left out), then its heaviest words that are no part of a
   * name, e.g. "Loekasjenko, Merkel, Polen: migratiecrisis, telefoongesprek, grens".
   */
  label(): string {
    const ranked = [...this.entityArticles].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
    const people = ranked.filter((key) => key.startsWith('PER:')).slice(0, LABEL_PEOPLE);
    const others = ranked.filter((key) => key.startsWith('ORG:') || key.startsWith('LOC:')).slice(0, LABEL_OTHERS);
    const names = [...people, ...others].map((key) => this.names.get(key) ?? key);
    const nameWords = new Set([...this.names.values()].flatMap((name) => name.toLowerCase().split(/[\s-]+/)));
    const terms = [...this.centroid.keys()]
      .map((term) => this.words.get(term) ?? term)
      .filter((word) => !nameWords.has(word.toLowerCase()))
      .slice(0, LABEL_WORDS)
      .map((word) => word.toLowerCase());
    return [names.join(', '), terms.join(', ')].filter((part) => part !== '').join(': ');
  }
}
