import { useEffect, useState } from 'preact/hooks';

/** The state of one load: waiting, failed, or its data. */
export type Loaded<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: Error }
  | { readonly kind: 'done'; readonly data: T };

/**
 * Loads data for a view and reloads when `keys` change. A reply that arrives after the keys
 * moved on is dropped, so a fast reader never sees an older page over a newer one.
 */
export function useData<T>(load: () => Promise<T>, keys: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    load().then(
      (data) => current && setState({ kind: 'done', data }),
      (error: unknown) => current && setState({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, keys);
  return state;
}

/** The performance mark set when a view's data is drawn. */
export const READY_MARK = 'kroniek:view-ready';

/**
 * True once the view has been painted with its data: Preact runs effects after the browser
 * paints, and the charts and graph draw in layout effects before that, so `data-ready` marks a
 * view a person can read. Also sets the `kroniek:view-ready` performance mark for the bench.
 */
export function useReady(loaded: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!loaded) {
      setReady(false);
      return;
    }
    performance.mark(READY_MARK);
    setReady(true);
  }, [loaded]);
  return ready;
}
