import type { FastifyPluginAsync, FastifyTypeProvider, RawServerDefault } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { DocumentStore } from '../store/store.ts';
import type { CorpusCache } from './corpus-cache.ts';
import type { IngestJobs } from './jobs/ingest-jobs.ts';

/** What every routes file reads: the store, the cache of corpus-wide results, the ingest jobs. */
export interface ServerContext {
  readonly store: DocumentStore;
  readonly cache: CorpusCache;
  /** Null when the server was built without a database file to hand the worker (read-only). */
  readonly jobs: IngestJobs | null;
}

/**
 * Requests typed from their TypeBox schemas; replies left to the query layer's own (readonly)
 * types: the response schemas still serialize them, and the tests validate every reply
 * against its schema.
 */
export interface RequestTypeProvider extends FastifyTypeProvider {
  readonly validator: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
  readonly serializer: unknown;
}

/** A routes file: a Fastify plugin whose requests are typed by their schemas. */
export type RoutesPlugin = FastifyPluginAsync<{ context: ServerContext }, RawServerDefault, RequestTypeProvider>;
