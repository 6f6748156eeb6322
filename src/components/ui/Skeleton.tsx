export function SkeletonBlock({ className = '' }: { className?: string }) {
  return <div className={`animate-pulse rounded-md bg-slate-200 dark:bg-slate-800 ${className}`} />;
}

export function CallPageSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading call" role="status" className="space-y-4">
      <span className="sr-only">Loading call…</span>
      <SkeletonBlock className="h-8 w-2/3" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <SkeletonBlock key={i} className="h-12" />
        ))}
      </div>
      <SkeletonBlock className="h-64" />
    </div>
  );
}
