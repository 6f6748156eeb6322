import { formatMs } from '../../../../lib/format';
import { Button } from '../../../ui/Button';

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
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="xs" onClick={onPrevious} disabled={slowCount === 0}>
        ← Previous slow turn
      </Button>
      <Button size="xs" onClick={onNext} disabled={slowCount === 0}>
        Next slow turn →
      </Button>
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
