import type { Document } from '../doc/types.ts';
import { TIMELINE_LAYERS, timelineOf, type TimelineEntry } from '../relate/stories/timeline.ts';
import type { DocumentStore, StoredStory } from '../store/store.ts';

/** Entities a story record names: its most mentioned ones. */
const STORY_ENTITIES = 20;

/** A story as the export and `kroniek story` write it (docs/export-format.md). */
export interface StoryRecord {
  readonly id: string;
  readonly label: string;
  readonly documents: readonly string[];
  /** First and last day its dated articles may fall on (`YYYY-MM-DD`). */
  readonly start: string | null;
  readonly end: string | null;
  readonly open: boolean;
  /** Its most frequent names, with in how many of its articles each occurs. */
  readonly entities: readonly { readonly name: string; readonly key: string; readonly articles: number }[];
  readonly timeline: readonly TimelineEntry[];
}

/** The record of a stored story, its timeline read from its documents. */
export function storyRecord(story: StoredStory, documentOf: (id: string) => Document | null): StoryRecord {
  const names = new Map(story.state.names);
  const entities = [...story.state.entityArticles]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, STORY_ENTITIES)
    .map(([key, articles]) => ({ name: names.get(key) ?? key, key, articles }));
  const documents = story.documents.map(documentOf).filter((d): d is Document => d !== null);
  return { id: story.id, label: story.label, documents: story.documents, start: story.first, end: story.last, open: story.open, entities, timeline: timelineOf(documents) };
}

/** The record of a stored story, its documents read from the store. */
export async function storedStoryRecord(store: DocumentStore, story: StoredStory): Promise<StoryRecord> {
  const documents = new Map<string, Document>();
  for (const id of story.documents) {
    const document = await store.getDocument(id, { layers: TIMELINE_LAYERS });
    if (document) documents.set(id, document);
  }
  return storyRecord(story, (id) => documents.get(id) ?? null);
}

/** Every story of a store as records, largest first, one at a time. */
export async function* storyRecords(store: DocumentStore): AsyncGenerator<StoryRecord> {
  for (const story of await store.stories.list()) yield await storedStoryRecord(store, story);
}
