import { articlesTimeline } from '../../query/articles-timeline.ts';
import { dayBounds } from '../date-range.ts';
import { ERRORS } from '../schemas/common.ts';
import { ArticlesTimeline, ArticlesTimelineQuery, Stats } from '../schemas/stats.ts';
import type { RoutesPlugin } from '../server-context.ts';

/** GET /api/stats and GET /api/timeline/articles: what the corpus holds, and when. */
export const statsRoutes: RoutesPlugin = async (app, { context }) => {
  const { store, cache } = context;

  app.get('/api/stats', {
    schema: { summary: 'What the corpus holds', tags: ['stats'], response: { 200: Stats, ...ERRORS } },
  }, async () =>
    cache.get('stats', async () => ({
      ...(await store.stats()),
      entities: (await store.entities.list()).length,
      stories: (await store.stories.list()).length,
      duplicates: (await store.stories.allDuplicates()).length,
    })),
  );

  app.get('/api/timeline/articles', {
    schema: { summary: 'Articles per published date (a month-only date is one item spanning its month)', tags: ['stats'], querystring: ArticlesTimelineQuery, response: { 200: ArticlesTimeline, ...ERRORS } },
  }, async (request) => ({ items: await articlesTimeline(store, dayBounds(request.query)) }));
};
