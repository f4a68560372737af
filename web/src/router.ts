import { useEffect, useState } from 'preact/hooks';

/** A parsed hash route: `#/entity/e123?x=1` is `{ view: 'entity', id: 'e123', params }`. */
export interface Route {
  readonly view: 'overview' | 'search' | 'document' | 'entity' | 'story' | 'unknown';
  readonly id: string | null;
  readonly params: URLSearchParams;
}

const VIEWS_WITH_ID = new Set(['document', 'entity', 'story']);

/** Parses `location.hash`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = path.split('?', 2);
  const parts = pathPart.split('/').filter((part) => part !== '');
  const params = new URLSearchParams(queryPart);
  const [first, second] = parts;
  if (first === undefined) return { view: 'overview', id: null, params };
  if (first === 'search') return { view: 'search', id: null, params };
  if (VIEWS_WITH_ID.has(first) && second !== undefined) {
    return { view: first as Route['view'], id: decodeURIComponent(second), params };
  }
  return { view: 'unknown', id: null, params };
}

/** The hash of a route, for links: `href('entity', 'e1')` is `#/entity/e1`. */
export function href(view: 'overview' | 'search' | 'document' | 'entity' | 'story', id?: string, params?: Readonly<Record<string, string | number | undefined>>): string {
  const path = view === 'overview' ? '#/' : id === undefined ? `#/${view}` : `#/${view}/${encodeURIComponent(id)}`;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params ?? {})) if (value !== undefined && value !== '') query.set(name, String(value));
  const encoded = query.toString();
  return encoded ? `${path}?${encoded}` : path;
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = (): void => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
