import { createHash } from 'node:crypto';
import { DEFAULT_SETTINGS } from '../../config/settings.ts';
import { InputError } from '../../errors.ts';
import { readRecordArticle } from '../../ingest/readers/record-article.ts';
import { pickField } from '../../ingest/readers/record-fields.ts';
import { documentSummaries } from '../../query/document-summaries.ts';
import { documentView } from '../../query/document-view.ts';
import { ApiError, notFound } from '../api-error.ts';
import { dayBounds } from '../date-range.ts';
import { ERRORS, IdParams, Page } from '../schemas/common.ts';
import { DocumentListQuery, DocumentSummary, DocumentView, IngestRecord } from '../schemas/documents.ts';
import { JobReply } from '../schemas/jobs.ts';
import type { RoutesPlugin } from '../server-context.ts';

/** Where a posted record says it comes from: it is read as standard input (src/ingest/read-inputs.ts). */
const POSTED_FILE = '-';

/** GET /api/documents, GET /api/documents/:id, POST /api/documents. */
export const documentRoutes: RoutesPlugin = async (app, { context }) => {
  const { store } = context;

  app.get('/api/documents', {
    schema: { summary: 'Documents, newest first, by date span and source', tags: ['documents'], querystring: DocumentListQuery, response: { 200: Page(DocumentSummary), ...ERRORS } },
  }, async (request) => {
    const { source, offset, limit } = request.query;
    return documentSummaries(store, { ...dayBounds(request.query), ...(source ? { source } : {}), offset, limit });
  });

  app.get('/api/documents/:id', {
    schema: { summary: 'One document with every layer', tags: ['documents'], params: IdParams, response: { 200: DocumentView, ...ERRORS } },
  }, async (request) => {
    const view = await documentView(store, request.params.id);
    if (!view) throw notFound('document', request.params.id);
    return view;
  });

  app.post('/api/documents', {
    schema: {
      summary: 'Ingest one article (a JSONL record); the ingest runs as a job',
      tags: ['documents'],
      body: IngestRecord,
      response: { 202: JobReply, 413: ERRORS[400], 503: ERRORS[400], ...ERRORS },
    },
  }, async (request, reply) => {
    if (!context.jobs) throw new ApiError(503, 'read-only', 'this server was started without a database file to ingest into');
    const record = withId(request.body as Record<string, unknown>);
    let sourceKey: string;
    try {
      sourceKey = readRecordArticle(record, { file: POSTED_FILE, line: 1 }, DEFAULT_SETTINGS).sourceKey;
    } catch (error) {
      if (error instanceof InputError) throw new ApiError(400, error.code, `body: ${error.message.replace(/^-:1: /, '')}`);
      throw error;
    }
    const job = context.jobs.submit(JSON.stringify(record), sourceKey);
    return reply.code(202).send({ job });
  });
};

/**
 * A record with neither `id` nor `url` gets an id from its content: read from standard input,
 * its source would otherwise be its line number, the same for every post. Posting the same
 * article twice then finds the same document.
 */
function withId(record: Record<string, unknown>): Record<string, unknown> {
  if (pickField(record, 'id') !== null || pickField(record, 'url') !== null) return record;
  const content = ['title', 'text', 'html'].map((field) => String(pickField(record, field as 'title') ?? '')).join('\u0000');
  return { ...record, id: `api-${createHash('sha256').update(content).digest('hex').slice(0, 16)}` };
}
