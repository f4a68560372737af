import { QUOTES_LAYER } from '../annotate/quotes/quote-span.ts';
import type { Document } from '../doc/types.ts';
import { TIMELINE_LAYERS } from '../relate/stories/timeline.ts';
import { storyRecord, type StoryRecord } from '../export/story-record.ts';
import type { DocumentStore, StoredStory } from '../store/store.ts';
import { CONFLICT_LAYERS, conflictsAmong, type ConflictView } from './conflict-views.ts';
import { documentSummary, type DocumentSummary } from './document-summaries.ts';
import { figureViews, type FigureView } from './figure-views.ts';
import { EntityNames, quoteViews, type QuoteView } from './quote-views.ts';

/** A story with its articles, and the quotes, figures and conflicts among its own articles. */
export type StoryView = StoryRecord & {
  readonly articles: readonly DocumentSummary[];
  readonly quotes: readonly QuoteView[];
  readonly figures: readonly FigureView[];
  readonly conflicts: readonly ConflictView[];
};

/** A story as lists show it: its size, days, and its most frequent names. */
export interface StorySummary {
  readonly id: string;
  readonly label: string;
  readonly articles: number;
  readonly start: string | null;
  readonly end: string | null;
  readonly open: boolean;
  readonly entities: readonly { readonly name: string; readonly articles: number }[];
}

/** Articles a story view reads, its latest ones (each with the layers it shows: STORY_VIEW_LAYERS); `documents` lists them all. */
export const STORY_ARTICLES = 200;

/** What a story view shows of its articles: the timeline, quotes, figures and conflicts. */
const STORY_VIEW_LAYERS = [...new Set([...TIMELINE_LAYERS, ...CONFLICT_LAYERS, QUOTES_LAYER])];

/** Names a story summary shows. */
const SUMMARY_ENTITIES = 5;

/** The summary of a stored story. */
export function storySummary(story: StoredStory): StorySummary {
  const names = new Map(story.state.names);
  const entities = [...story.state.entityArticles]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SUMMARY_ENTITIES)
    .map(([key, articles]) => ({ name: names.get(key) ?? key, articles }));
  return { id: story.id, label: story.label, articles: story.documents.length, start: story.first, end: story.last, open: story.open, entities };
}

/**
 * The full view of a story, or null for an unknown id: each of its documents is read once;
 * the articles, timeline, quotes, figures and conflicts are those of its latest `maxArticles`
 * (the API passes STORY_ARTICLES; `kroniek story` all).
 */
export async function storyView(store: DocumentStore, id: string, maxArticles = Number.POSITIVE_INFINITY): Promise<StoryView | null> {
  const story = await store.stories.get(id);
  if (!story) return null;
  const documents = new Map<string, Document>();
  for (const documentId of story.documents.slice(-maxArticles)) {
    const document = await store.getDocument(documentId, { layers: STORY_VIEW_LAYERS });
    if (document) documents.set(documentId, document);
  }
  const record = storyRecord(story, (documentId) => documents.get(documentId) ?? null);
  const names = new EntityNames(store);
  const articles: DocumentSummary[] = [];
  const quotes: QuoteView[] = [];
  const figures: FigureView[] = [];
  for (const document of documents.values()) {
    const { id: documentId, title, source, url, format, published, text } = document;
    articles.push(await documentSummary(store, { id: documentId, title, source, url, format, published, chars: text.length }));
    const links = await store.entities.linksOfDocument(documentId);
    quotes.push(...(await quoteViews(document, links, names)));
    figures.push(...figureViews(document, links));
  }
  const conflicts = await conflictsAmong(store, [...documents.values()]);
  return { ...record, articles, quotes, figures, conflicts };
}
