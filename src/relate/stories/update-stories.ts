import type { DocumentStore } from '../../store/store.ts';
import { storyArticle, type StoryArticle } from './story-article.ts';
import { DEFAULT_STORY_OPTIONS, StoryClusterer, type StoryAssignment, type StoryOptions } from './story-clusterer.ts';

/** Articles clustered per transaction: a crash loses at most one batch of story work, never documents. */
const STORY_BATCH = 500;

/**
 * The story step after ingest: every document no story holds yet, oldest publication first,
 * is checked for near-duplicates and joins a story, going on from the stream state the last
 * run saved. The cost per article is its index look-ups and the open stories it is compared
 * with, not the corpus. Returns how many stories the store holds.
 *
 * @example await updateStories(store) // 2 for the seeds
 */
export async function updateStories(store: DocumentStore, options: StoryOptions = DEFAULT_STORY_OPTIONS): Promise<number> {
  const pending = await store.stories.unassignedDocuments();
  if (pending.length > 0) {
    const clusterer = new StoryClusterer(options, store.stories.signatures, await store.stories.loadStream());
    for (let from = 0; from < pending.length; from += STORY_BATCH) {
      // Read first, then cluster inside the store's transaction: clustering itself is synchronous.
      const articles: StoryArticle[] = [];
      for (const id of pending.slice(from, from + STORY_BATCH)) {
        const document = await store.getDocument(id);
        if (document) articles.push(storyArticle(document));
      }
      await store.stories.saveBatch(() => {
        const assignments: StoryAssignment[] = articles.map((article) => clusterer.add(article));
        return { assignments, changes: clusterer.takeChanges() };
      });
    }
  }
  return (await store.stories.list()).length;
}
