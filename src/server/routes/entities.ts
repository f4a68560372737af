import { entityRecord } from '../../export/entity-record.ts';
import { entityCooccurrences } from '../../query/entity-cooccurrences.ts';
import { mentionsInContext } from '../../query/entity-mentions.ts';
import { entitySummary, findEntities } from '../../query/entity-summaries.ts';
import { entityTimeline, TIMELINE_DOCUMENTS } from '../../query/entity-timeline.ts';
import { pageOf } from '../../query/paging.ts';
import { quotesBySpeaker } from '../../query/quote-views.ts';
import { notFound } from '../api-error.ts';
import { ERRORS, IdParams, Page } from '../schemas/common.ts';
import { EntityListQuery, EntitySummary, EntityView, Timeline } from '../schemas/entities.ts';
import type { RoutesPlugin } from '../server-context.ts';

/** Mentions an entity view lists, in corpus order (`mentionsTotal` says how many there are):
 * enough to read; each reads the sentences of its document. */
const VIEW_MENTIONS = 50;
/** Quotes an entity view lists: what it said, in corpus order. */
const VIEW_QUOTES = 50;

/** GET /api/entities, /api/entities/:id, /api/entities/:id/timeline. */
export const entityRoutes: RoutesPlugin = async (app, { context }) => {
  const { store, cache } = context;
  const entityOr404 = async (id: string) => (await store.entities.get(id)) ?? Promise.reject(notFound('entity', id));

  app.get('/api/entities', {
    schema: { summary: 'Entities, most mentioned first', tags: ['entities'], querystring: EntityListQuery, response: { 200: Page(EntitySummary), ...ERRORS } },
  }, async (request) => {
    const { type, q, offset, limit } = request.query;
    const query = { ...(type ? { type } : {}), ...(q ? { q } : {}) };
    const found = q ? await findEntities(store, query) : await cache.get(`entities:${type ?? ''}`, () => findEntities(store, query));
    const page = pageOf(found, { offset, limit });
    return { ...page, items: page.items.map(entitySummary) };
  });

  app.get('/api/entities/:id', {
    schema: { summary: 'One entity: variants, roles, mentions in context, co-occurrences, quotes', tags: ['entities'], params: IdParams, response: { 200: EntityView, ...ERRORS } },
  }, async (request) => {
    const entity = await entityOr404(request.params.id);
    const mentions = await mentionsInContext(store, entity, VIEW_MENTIONS);
    const cooccurrences = await entityCooccurrences(store, entity);
    const quotes = (await quotesBySpeaker(store, entity)).slice(0, VIEW_QUOTES);
    return { ...entityRecord(entity), mentions: mentions.items, mentionsTotal: mentions.total, cooccurrences, quotes };
  });

  app.get('/api/entities/:id/timeline', {
    schema: { summary: "The articles that name an entity and the events it takes part in, by date", tags: ['entities'], params: IdParams, response: { 200: Timeline, ...ERRORS } },
  }, async (request) => {
    const entity = await entityOr404(request.params.id);
    return { items: await entityTimeline(store, entity, TIMELINE_DOCUMENTS), documents: entity.documents.length, documentsShown: Math.min(entity.documents.length, TIMELINE_DOCUMENTS) };
  });
};
