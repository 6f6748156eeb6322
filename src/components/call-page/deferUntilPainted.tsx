import { Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { lazyWithPreload } from '../../lib/lazyWithPreload';
import { useAfterFirstPaint } from './useAfterFirstPaint';

/**
 * A section of the call page that is not needed for its first screen (the charts, the
 * transcript, the raw JSON), as its own chunk. It downloads after the call's first paint and
 * mounts once loaded; until then the placeholder holds its place. Used inside components that
 * render only with the call's data, so "first paint" is the conversation's, not the skeleton's.
 * `load` is the chunk's `import()`, `name` the export to render.
 */
export function deferUntilPainted<
  K extends string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy itself
  M extends { [name in K]: ComponentType<any> },
>(load: () => Promise<M>, name: K, placeholder: ReactNode): ComponentType<ComponentProps<M[K]>> {
  const chunk = lazyWithPreload(load, name);
  function Deferred(props: ComponentProps<M[K]>) {
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
