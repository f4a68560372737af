import { MENTIONS_LAYER, type EntityType, type MentionSpan } from '../../annotate/entities/mention.ts';
import { dayRange } from '../../doc/published.ts';
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
export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

const DAY_MS = 86_400_000;

/** `2021-11` -> every day of November 2021; `2021-11-10T08:00+01:00` -> that day. */
export function daySpan(published: PublishedDate | null): DaySpan | null {
  if (!published) return null;
  const { first, last } = dayRange(published);
  return { first: Date.parse(first) / DAY_MS, last: Date.parse(last) / DAY_MS };
}

/** A day number back to `YYYY-MM-DD`. */
export function dayNumberToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days between two ranges: 0 when they overlap (a month-only date is as close as any of its days). */
export function daysApart(a: DaySpan, b: DaySpan): number {
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
