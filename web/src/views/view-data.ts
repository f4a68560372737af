import { api } from '../api.ts';
import type { Route } from '../router.ts';

/** The API's stories come largest first; the overview takes this many and shows the newest. */
export const STORIES_CONSIDERED = 100;
/** Entities on the overview. */
export const TOP_ENTITIES = 12;

/** What each view fetches, one function per view; in the main chunk so it can start early. */
export const viewData = {
  overview: () => Promise.all([api.stats(), api.stories({ limit: STORIES_CONSIDERED }), api.articleTimeline(), api.entities({ limit: TOP_ENTITIES })]),
  document: (id: string) => api.document(id),
  entity: (id: string) => Promise.all([api.entity(id), api.entityTimeline(id)]),
  story: (id: string) => api.story(id),
};

const started = new Map<string, Promise<unknown>>();

/**
 * Starts the fetch of a route's data while its view's code is still loading (the chart
 * libraries are large), so the two overlap instead of following each other.
 */
export function prefetchRoute(route: Route): void {
  const { view, id } = route;
  if (view === 'overview') prefetch('overview', viewData.overview);
  else if ((view === 'document' || view === 'entity' || view === 'story') && id !== null) prefetch(`${view}/${id}`, () => viewData[view](id));
}

function prefetch(key: string, fetch: () => Promise<unknown>): void {
  if (started.has(key)) return;
  const promise = fetch();
  promise.catch(() => {}); // the view that takes it reports a failure
  started.set(key, promise);
}

/** The prefetched data under `key` (handed out once, so a later visit fetches afresh), else a new fetch. */
export function takeData<T>(key: string, fetch: () => Promise<T>): Promise<T> {
  const early = started.get(key);
  started.delete(key);
  return (early as Promise<T> | undefined) ?? fetch();
}
