import { Suspense, type ComponentType, type ReactNode } from 'react';
import { lazyWithPreload } from '../../lib/lazyWithPreload';
import { useAfterFirstPaint } from './useAfterFirstPaint';

/**
 * A section of the call page that is not needed for its first screen (the charts, the
 * transcript, the raw JSON), as its own chunk. It downloads after the call's first paint and
 * mounts once loaded; until then the placeholder holds its place. Used inside components that
 * render only with the call's data, so "first paint" is the conversation's, not the skeleton's.
 */
export function deferUntilPainted<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: ReactNode,
): ComponentType<P> {
  const chunk = lazyWithPreload(load);
  function Deferred(props: P) {
    const ready = useAfterFirstPaint(chunk.preload);
    if (!ready) return placeholder;
    return (
      <Suspense fallback={placeholder}>
        <chunk.Component {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
