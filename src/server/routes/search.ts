import { DEFAULT_SETTINGS } from '../../config/settings.ts';
import { QueryError } from '../../errors.ts';
import { parseQuery, type SearchQuery as ParsedQuery } from '../../search/query.ts';
import { ApiError } from '../api-error.ts';
import { dayBounds } from '../date-range.ts';
import { ERRORS, Page } from '../schemas/common.ts';
import { SearchHit, SearchQuery } from '../schemas/search.ts';
import type { RoutesPlugin } from '../server-context.ts';

/** GET /api/search: full-text search, ranked by bm25, with highlighted snippets. */
export const searchRoutes: RoutesPlugin = async (app, { context }) => {
  const { store } = context;
  app.get('/api/search', {
    schema: { summary: 'Full-text search (the kroniek search query language)', tags: ['search'], querystring: SearchQuery, response: { 200: Page(SearchHit), ...ERRORS } },
  }, async (request) => {
    const { q, offset, limit } = request.query;
    let query: ParsedQuery;
    try {
      query = parseQuery(q);
    } catch (error) {
      if (error instanceof QueryError) throw new ApiError(400, error.code, `querystring/q: ${error.message}`);
      throw error;
    }
    const bounds = dayBounds(request.query);
    // The store ranks inside the index and returns the best hits: the page is the tail of the first offset + limit.
    const hits = await store.search(query, { ...bounds, limit: offset + limit, snippetChars: DEFAULT_SETTINGS.snippetChars });
    const total = await store.countSearch(query, bounds);
    return { total, offset, limit, items: hits.slice(offset) };
  });
};
