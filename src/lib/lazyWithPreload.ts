import {
  createElement,
  lazy,
  type ComponentProps,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import { retryableModule } from './retryableModule';

/**
 * React.lazy plus a preload() that makes the component render without suspending once its
 * chunk is in. Plain React.lazy always suspends on first render, even for a chunk that is
 * already loaded, and React then holds the revealed content back for up to 300 ms after the
 * fallback appeared (its Suspense throttle): ~200 ms added to a call page's first line. Here a
 * loaded chunk is handed to React through a thenable that resolves synchronously, which React
 * treats as resolved on the spot.
 *
 * React.lazy also remembers a failed load forever, so an error boundary's "Try again" would
 * only rethrow it. A render that comes a while after a failure (a person pressing Try again, not
 * React's own immediate re-render, which must see the error or it would retry in a loop) gets a
 * fresh lazy component, which loads again. So may the browser remember it (Chromium 150 does):
 * the module is then asked for under a fresh URL (`retryableModule`).
 *
 * `load` is the chunk's `import()`; `name` the export to render.
 */
const RETRY_AFTER_MS = 500;

export function lazyWithPreload<
  K extends string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy itself
  M extends { [name in K]: ComponentType<any> },
>(load: () => Promise<M>, name: K) {
  type T = M[K];
  const loadModule = retryableModule(load);
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  const preload = (): Promise<T> =>
    (pending ??= loadModule().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        pending = undefined; // a later render may try again (a new deploy, a network blip)
        throw error;
      },
    ));

  const makeLazy = (): LazyExoticComponent<T> =>
    lazy(() => {
      if (loaded) {
        const module = { default: loaded };
        return { then: (resolve: (m: typeof module) => void) => resolve(module) } as Promise<
          typeof module
        >;
      }
      return preload().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failedAt = Date.now();
          throw error;
        },
      );
    });
  let current = makeLazy();
  let failedAt: number | null = null;

  function Component(props: ComponentProps<T>) {
    // The server renders a loaded chunk directly: even a lazy that resolves at once makes the
    // streaming renderer emit inline script, which the CSP forbids (docs/notes/ssr.md).
    if (typeof window === 'undefined' && loaded) return createElement(loaded, props);
    if (failedAt !== null && Date.now() - failedAt >= RETRY_AFTER_MS) {
      failedAt = null;
      current = makeLazy();
    }
    return createElement(current, props);
  }
  return { Component, preload, isLoaded: () => loaded !== undefined };
}
