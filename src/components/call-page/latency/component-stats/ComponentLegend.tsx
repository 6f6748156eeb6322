/** The Components chart's key (the figures beside it carry the same facts as text). */
export function ComponentLegend() {
  return (
    <p
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300"
      aria-hidden="true"
    >
      <span>▭ min–max</span>
      <span>┃ p50</span>
      <span>◆ avg</span>
      <span>┆ p95 (from events)</span>
    </p>
  );
}
