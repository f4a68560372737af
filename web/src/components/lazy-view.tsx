import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Route } from '../router.ts';

/** A view component, as each file under views/ exports one. */
export type ViewComponent = FunctionComponent<{ route: Route }>;

const loaded = new Map<() => Promise<ViewComponent>, ViewComponent>();

/**
 * Renders a view whose code is fetched on first use: each view is its own chunk, so the search
 * and document views never wait for ECharts or cytoscape to be parsed.
 */
export function LazyView({ load, route }: { load: () => Promise<ViewComponent>; route: Route }) {
  const [View, setView] = useState<ViewComponent | null>(() => loaded.get(load) ?? null);
  useEffect(() => {
    if (View) return;
    let current = true;
    load().then((component) => {
      loaded.set(load, component);
      if (current) setView(() => component);
    });
    return () => {
      current = false;
    };
  }, [load]);
  return View ? <View route={route} /> : null;
}
