// Code-split views without Suspense. React 19 holds Suspense reveals back for
// up to 300 ms to batch them ("throttled reveal"): every panel's first draw
// waited for it (docs/bench.md). A module that is already loaded renders at once,
// in the same commit as the rest of the page.
import { memo, useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface Loadable<T> {
  load(): Promise<T>;
  current(): T | undefined;
}

/** One shared download per module, remembered once it arrives; a failure can be retried. */
export function loadable<T>(importer: () => Promise<T>): Loadable<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (v) => (value = v),
        (err: unknown) => {
          pending = undefined;
          throw err;
        },
      )),
    current: () => value,
  };
}

/** A component drawn from a module once loaded; `fallback` meanwhile; load errors go to the nearest boundary. */
export function lazyView<M, P extends object>(mod: Loadable<M>, pick: (m: M) => ComponentType<P>, fallback: () => ReactNode) {
  // Picked once: a new component type on every render would remount the view.
  let picked: ComponentType<P> | undefined;
  return function LazyView(props: P) {
    const loaded = mod.current();
    const [, setArrived] = useState(0);
    const [error, setError] = useState<unknown>(null);
    useEffect(function loadModule() {
      if (loaded) return;
      let live = true;
      mod.load().then(
        () => live && setArrived((n) => n + 1),
        (err: unknown) => live && setError(() => err),
      );
      return function ignoreLateArrival() {
        live = false;
      };
    }, [loaded]);
    if (error) throw error;
    if (!loaded) return fallback();
    // Memoised: a panel whose props did not change (same series) is not redrawn.
    const View = (picked ??= memo(pick(loaded)) as unknown as ComponentType<P>);
    return <View {...props} />;
  };
}
