import type { DocumentStore } from '../../store/store.ts';
import { storyArticle } from './story-article.ts';
import { DEFAULT_STORY_OPTIONS, StoryClusterer, type StoryAssignment, type StoryOptions } from './story-clusterer.ts';

/** Articles clustered per transaction: a crash loses at most one batch of story work, never documents. */
const STORY_BATCH = 500;

/**
 * The story step after ingest: every document no story holds yet, oldest publication first,
 * is checked for near-duplicates and joins a story, going on from the stream state the last
 * run saved. The cost per article is its index look-ups and the open stories it is compared
 * with, not the corpus. Returns how many stories the store holds.
 *
 * @example updateStories(store) // 2 for the seeds
 */
export function updateStories(store: DocumentStore, options: StoryOptions = DEFAULT_STORY_OPTIONS): number {
  const pending = store.stories.unassignedDocuments();
  if (pending.length > 0) {
    const clusterer = new StoryClusterer(options, store.stories.signatures, store.stories.loadStream());
    for (let from = 0; from < pending.length; from += STORY_BATCH) {
      store.stories.saveBatch(() => {
        const assignments: StoryAssignment[] = [];
        for (const id of pending.slice(from, from + STORY_BATCH)) {
          const document = store.getDocument(id);
          if (document) assignments.push(clusterer.add(storyArticle(document)));
        }
        return { assignments, changes: clusterer.takeChanges() };
      });
    }
  }
  return store.stories.list().length;
}
