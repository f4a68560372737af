import { pageOf } from '../../query/paging.ts';
import { storySummary, storyView } from '../../query/story-view.ts';
import { notFound } from '../api-error.ts';
import { ERRORS, IdParams, Page, PageParams } from '../schemas/common.ts';
import { StorySummary, StoryView } from '../schemas/stories.ts';
import type { RoutesPlugin } from '../server-context.ts';
import { Type } from 'typebox';

/** GET /api/stories, /api/stories/:id. */
export const storyRoutes: RoutesPlugin = async (app, { context }) => {
  const { store, cache } = context;

  app.get('/api/stories', {
    schema: { summary: 'Stories, largest first', tags: ['stories'], querystring: Type.Object({ ...PageParams }), response: { 200: Page(StorySummary), ...ERRORS } },
  }, async (request) => {
    const summaries = await cache.get('stories', async () => (await store.stories.list()).map(storySummary));
    return pageOf(summaries, request.query);
  });

  app.get('/api/stories/:id', {
    schema: { summary: 'One story: articles, timeline, quotes, figures, conflicts', tags: ['stories'], params: IdParams, response: { 200: StoryView, ...ERRORS } },
  }, async (request) => {
    const view = await storyView(store, request.params.id);
    if (!view) throw notFound('story', request.params.id);
    return view;
  });
};
