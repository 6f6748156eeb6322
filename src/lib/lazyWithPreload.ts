import { lazy, type ComponentType } from 'react';

/**
 * React.lazy plus a preload() that makes the component render without suspending once its
 * chunk is in. Plain React.lazy always suspends on first render, even for a chunk that is
 * already loaded, and React then holds the revealed content back for up to 300 ms after the
 * fallback appeared (its Suspense throttle): ~200 ms added to a call page's first line. Here a
 * loaded chunk is handed to React through a thenable that resolves synchronously, which React
 * treats as resolved on the spot.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy itself
export function lazyWithPreload<T extends ComponentType<any>>(load: () => Promise<T>) {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  const preload = (): Promise<T> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // a later render may try again (a new deploy, a network blip)
        throw error;
      },
    ));
  const Component = lazy(() => {
    if (loaded) {
      const module = { default: loaded };
      return { then: (resolve: (m: typeof module) => void) => resolve(module) } as Promise<
        typeof module
      >;
    }
    return preload().then((component) => ({ default: component }));
  });
  return { Component, preload, isLoaded: () => loaded !== undefined };
}
