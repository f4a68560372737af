import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { DEFAULT_SETTINGS } from '../config/settings.ts';
import type { DocumentStore } from '../store/store.ts';
import { ApiError } from './api-error.ts';
import { CorpusCache } from './corpus-cache.ts';
import { IngestJobs } from './jobs/ingest-jobs.ts';
import { conflictRoutes } from './routes/conflicts.ts';
import { documentRoutes } from './routes/documents.ts';
import { entityRoutes } from './routes/entities.ts';
import { jobRoutes } from './routes/jobs.ts';
import { quoteRoutes } from './routes/quotes.ts';
import { searchRoutes } from './routes/search.ts';
import { statsRoutes } from './routes/stats.ts';
import { storyRoutes } from './routes/stories.ts';
import type { ServerContext } from './server-context.ts';

export interface AppOptions {
  /** The database file the store reads: the ingest worker opens its own connection to it. Without it POST /api/documents answers 503. */
  readonly dbPath?: string;
  /** The built dashboard (web/dist): served at `/` when the folder exists. */
  readonly webRoot?: string;
  /** Fastify's request log (off by default: the CLI prints the address, tests stay quiet). */
  readonly logger?: boolean;
}

/** Largest request body: one JSONL line, as ingest allows it. */
const BODY_LIMIT = DEFAULT_SETTINGS.maxLineBytes;

/** Shown at `/` when the dashboard is not built. */
const NO_DASHBOARD = `<!doctype html><meta charset="utf-8"><title>Kroniek</title>
<p>The dashboard is not built: run <code>npm run build:web</code> and start the server again.
<p>The API is at <a href="/api/stats">/api/</a>, described at <a href="/api/openapi.json">/api/openapi.json</a>.`;

/**
 * The Kroniek HTTP app (docs/api.md): the REST API under `/api/` over `store`, its OpenAPI
 * document at `/api/openapi.json`, ingest jobs run by a worker thread, and the dashboard at `/`.
 * Not listening: `app.listen()` (kroniek serve) or `app.inject()` (tests). Closing the app
 * stops the worker; the store stays the caller's.
 *
 * @example const app = await buildApp(store, { dbPath }); await app.inject('/api/stats')
 */
export async function buildApp(store: DocumentStore, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT, ajv: { customOptions: { allErrors: false } } });
  const cache = new CorpusCache(store);
  const jobs = options.dbPath ? new IngestJobs(options.dbPath, () => cache.clear()) : null;
  // Entities or stories not built yet (a database from an older run): the worker builds them now, off the request path.
  if (jobs && ((await store.entities.isStale()) || (await store.stories.unassignedDocuments()).length > 0)) jobs.start();
  const context: ServerContext = { store, cache, jobs };
  app.addHook('onClose', async () => jobs?.close());

  app.setErrorHandler((error: FastifyError | ApiError, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (error instanceof ApiError || (error as FastifyError).validation || (status >= 400 && status < 500)) {
      const code = error instanceof ApiError ? error.code : (error as FastifyError).validation ? 'bad-request' : status === 413 ? 'too-large' : 'bad-request';
      return reply.code(status).send({ error: { code, message: error.message } });
    }
    reply.log.error(error);
    return reply.code(500).send({ error: { code: 'internal', message: 'the server failed on this request; its log has the details' } });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: { code: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` } }));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Kroniek API', version: '0.1.0', description: 'Offline news intelligence for Dutch news: documents, search, entities, stories, quotes and conflicting figures (docs/api.md).' },
    },
  });
  for (const routes of [statsRoutes, documentRoutes, jobRoutes, searchRoutes, entityRoutes, storyRoutes, conflictRoutes, quoteRoutes]) await app.register(routes, { context });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (options.webRoot && existsSync(options.webRoot)) await app.register(fastifyStatic, { root: options.webRoot, prefix: '/' });
  else app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(NO_DASHBOARD));
  return app;
}
