import { lazy, Suspense, type ComponentProps } from 'react';

// The tree library is only needed once someone opens a JSON panel, so it stays out of the
// call page's first download.
const JsonTree = lazy(() => import('./JsonTree').then((m) => ({ default: m.JsonTree })));

export function LazyJsonTree(props: ComponentProps<typeof JsonTree>) {
  return (
    <Suspense fallback={<p className="text-xs text-slate-500 dark:text-slate-400">Loading…</p>}>
      <JsonTree {...props} />
    </Suspense>
  );
}
