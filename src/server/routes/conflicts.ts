import type { Document } from '../../doc/types.ts';
import { CONFLICT_LAYERS, conflictsAmong, corpusConflictViews } from '../../query/conflict-views.ts';
import { STORY_ARTICLES } from '../../query/story-view.ts';
import { notFound } from '../api-error.ts';
import { ERRORS } from '../schemas/common.ts';
import { ConflictList, ConflictListQuery } from '../schemas/facts.ts';
import type { RoutesPlugin } from '../server-context.ts';

/** GET /api/conflicts: figures that report one quantity differently, in one story (among its latest STORY_ARTICLES articles, as its view) or the corpus. */
export const conflictRoutes: RoutesPlugin = async (app, { context }) => {
  const { store, cache } = context;
  app.get('/api/conflicts', {
    schema: { summary: 'Conflicting figures, each side with its sentence', tags: ['facts'], querystring: ConflictListQuery, response: { 200: ConflictList, ...ERRORS } },
  }, async (request) => {
    const { story: storyId } = request.query;
    if (!storyId) return { items: await cache.get('conflicts', () => corpusConflictViews(store)) };
    const story = await store.stories.get(storyId);
    if (!story) throw notFound('story', storyId);
    const documents: Document[] = [];
    for (const id of story.documents.slice(-STORY_ARTICLES)) {
      const document = await store.getDocument(id, { layers: CONFLICT_LAYERS });
      if (document) documents.push(document);
    }
    return { items: await conflictsAmong(store, documents) };
  });
};
