import { pageOf } from '../../query/paging.ts';
import { corpusQuotes, quotesBySpeaker, quotesOfDocuments } from '../../query/quote-views.ts';
import { notFound } from '../api-error.ts';
import { ERRORS, Page } from '../schemas/common.ts';
import { QuoteListQuery, QuoteView } from '../schemas/facts.ts';
import type { RoutesPlugin } from '../server-context.ts';

/** GET /api/quotes: what was said, by speaker (an entity), by document, or all, in corpus order. */
export const quoteRoutes: RoutesPlugin = async (app, { context }) => {
  const { store, cache } = context;
  app.get('/api/quotes', {
    schema: { summary: 'Quotes, by speaker entity and/or document', tags: ['facts'], querystring: QuoteListQuery, response: { 200: Page(QuoteView), ...ERRORS } },
  }, async (request) => {
    const { speaker, document, offset, limit } = request.query;
    const speakerEntity = speaker ? await store.entities.get(speaker) : null;
    if (speaker && !speakerEntity) throw notFound('entity', speaker);
    if (document && !(await store.getDocument(document, { layers: [] }))) throw notFound('document', document);
    const quotes = speakerEntity
      ? await quotesBySpeaker(store, speakerEntity, document)
      : document
        ? await quotesOfDocuments(store, [document])
        : await cache.get('quotes', () => corpusQuotes(store));
    return pageOf(quotes, { offset, limit });
  });
};
