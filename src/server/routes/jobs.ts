import { notFound } from '../api-error.ts';
import { ERRORS, IdParams } from '../schemas/common.ts';
import { JobView } from '../schemas/jobs.ts';
import type { RoutesPlugin } from '../server-context.ts';

/** GET /api/jobs/:id: an ingest job's status and, once finished, what it did. */
export const jobRoutes: RoutesPlugin = async (app, { context }) => {
  app.get('/api/jobs/:id', {
    schema: { summary: 'One ingest job', tags: ['documents'], params: IdParams, response: { 200: JobView, ...ERRORS } },
  }, async (request) => {
    const job = context.jobs?.get(request.params.id);
    if (!job) throw notFound('job', request.params.id);
    return job;
  });
};
