import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False on the server and while hydrating its HTML, true otherwise (and right after hydration).
 * For what the server must not write: inline style attributes, which the CSP's style-src
 * blocks in served HTML, but not when React sets them from script.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
