import { Suspense, type ComponentProps } from 'react';
import { lazyWithPreload } from '../../lib/lazyWithPreload';

// The tree library is only needed once someone opens a JSON panel, so it stays out of the
// call page's first download. lazyWithPreload, not React.lazy: a chunk that failed to download
// is fetched again when the section's Try again reopens the panel.
const tree = lazyWithPreload(() => import('./JsonTree'), 'JsonTree');

export function LazyJsonTree(props: ComponentProps<typeof tree.Component>) {
  return (
    <Suspense fallback={<p className="text-xs text-slate-500 dark:text-slate-400">Loading…</p>}>
      <tree.Component {...props} />
    </Suspense>
  );
}
