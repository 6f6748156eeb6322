import { formatMs } from '../../../../lib/format';

/** Previous/next complete turn over the target, plus where the selection stands. */
export function SlowTurnNav({
  slowCount,
  incomplete,
  selectedTurn,
  targetMs,
  onPrevious,
  onNext,
}: {
  slowCount: number;
  /** Incomplete turns, which the count and the buttons skip. */
  incomplete: number;
  selectedTurn: number | null;
  targetMs: number;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const button =
    'rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={button} onClick={onPrevious} disabled={slowCount === 0}>
        ← Previous slow turn
      </button>
      <button type="button" className={button} onClick={onNext} disabled={slowCount === 0}>
        Next slow turn →
      </button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {selectedTurn !== null ? `Turn ${selectedTurn} selected. ` : ''}
        {slowCount === 0
          ? `No ${incomplete > 0 ? 'complete ' : ''}turn over ${formatMs(targetMs)}.`
          : `${slowCount.toLocaleString('en-US')} over ${formatMs(targetMs)}.`}
        {incomplete > 0 ? ` ${incomplete.toLocaleString('en-US')} incomplete not counted.` : ''}
      </span>
    </div>
  );
}
