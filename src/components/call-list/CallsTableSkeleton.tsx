import { SkeletonBlock } from '../ui/Skeleton';

export function CallsTableSkeleton({ rows = 8, label = 'Loading calls' }) {
  return (
    <div role="status" aria-label={label} aria-busy="true" className="space-y-2">
      <span className="sr-only">{label}…</span>
      <SkeletonBlock className="hidden h-8 xl:block" />
      {Array.from({ length: rows }, (_, i) => (
        <SkeletonBlock key={i} className="h-24 xl:h-12" />
      ))}
    </div>
  );
}
