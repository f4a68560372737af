import { MENTIONS_LAYER, type EntityType, type MentionSpan } from '../../annotate/entities/mention.ts';
import type { Document, PublishedDate } from '../../doc/types.ts';
import { nameWords } from '../entities/fold-name.ts';
import { nameKey, wordKey } from '../entities/name-key.ts';

/** What story clustering reads of an article. */
export interface StoryArticle {
  readonly id: string;
  readonly published: PublishedDate | null;
  readonly title: string | null;
  readonly text: string;
  /** Its names as entity keys (`PER:lukaxenko`), one per mention, repeats kept. */
  readonly entities: readonly string[];
  /** Display names by key, for labels. */
  readonly names: ReadonlyMap<string, string>;
}

/** The days an article's date may fall on, as day numbers since 1970-01-01 (both inclusive). */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

const DAY_MS = 86_400_000;

/** `2021-11` -> every day of November 2021; `2021-11-10T08:00+01:00` -> that day. */
export function dayRange(published: PublishedDate | null): DayRange | null {
  if (!published) return null;
  const [year, month, day] = published.value.slice(0, 10).split('-').map(Number) as [number, number?, number?];
  switch (published.precision) {
    case 'year':
      return { first: Date.UTC(year, 0, 1) / DAY_MS, last: Date.UTC(year, 11, 31) / DAY_MS };
    case 'month':
      return { first: Date.UTC(year, month! - 1, 1) / DAY_MS, last: Date.UTC(year, month!, 0) / DAY_MS };
    default:
      return { first: Date.UTC(year, month! - 1, day!) / DAY_MS, last: Date.UTC(year, month! - 1, day!) / DAY_MS };
  }
}

/** Days between two ranges: 0 when they overlap (a month-only date is as close as any of its days). */
export function daysApart(a: DayRange, b: DayRange): number {
  return Math.max(0, a.first - b.last, b.first - a.last);
}

/**
 * The entity key of a mention: people by the key of their surname (the last word), so
 * "Aleksandr Loekasjenko", "Loekasjenko" and "Lukashenko" meet; other names by the key of the
 * whole name, so Wit-Rusland never meets Rusland.
 */
export function entityKey(type: EntityType, name: string): string {
  const words = nameWords(name);
  return `${type}:${type === 'PER' && words.length > 0 ? wordKey(words.at(-1)!) : nameKey(name)}`;
}

/** A stored document as story clustering reads it: its date, text and mentions. */
export function storyArticle(document: Pick<Document, 'id' | 'published' | 'title' | 'text' | 'layers'>): StoryArticle {
  const mentions = (document.layers[MENTIONS_LAYER] ?? []) as readonly MentionSpan[];
  const names = new Map<string, string>();
  const entities = mentions.map((mention) => {
    const text = document.text.slice(mention.start, mention.end);
    const key = entityKey(mention.type, text);
    const known = names.get(key);
    if (!known || text.length > known.length) names.set(key, text);
    return key;
  });
  return { id: document.id, published: document.published, title: document.title, text: document.text, entities, names };
}
