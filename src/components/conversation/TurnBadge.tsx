import { formatMs } from '../../lib/format';

/**
 * The latency of the turn an agent message answers, against the target. Over target is shown in
 * words as well as colour. Clicking selects the turn (the latency section follows).
 * The accessible name is the visible text itself (no aria-label), so speech-input users can say
 * what they see; the spaces between the spans keep the words apart in that name.
 */
export function TurnBadge({
  turn,
  totalMs,
  targetMs,
  selected,
  onSelect,
}: {
  turn: number;
  totalMs: number | undefined;
  targetMs: number;
  selected: boolean;
  onSelect: () => void;
}) {
  const known = totalMs !== undefined && Number.isFinite(totalMs);
  const over = known && totalMs > targetMs;
  const tone = !known
    ? 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300'
    : over
      ? 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-500 dark:bg-amber-950/50 dark:text-amber-100'
      : 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950/40 dark:text-emerald-100';
  return (
    <button
      type="button"
      onClick={onSelect}
      aria-pressed={selected}
      title={`Turn ${turn}: response time ${formatMs(totalMs)} (target ${formatMs(targetMs)})`}
      className={`inline-flex items-center gap-1 rounded-full border px-1.5 py-px text-[11px] font-medium tabular-nums ${tone} ${selected ? 'ring-2 ring-amber-400 dark:ring-amber-300' : ''}`}
    >
      <span>Turn {turn}</span> <span aria-hidden="true">·</span> <span>{formatMs(totalMs)}</span>
      {over ? (
        <>
          {' '}
          <span className="font-semibold">over target</span>
        </>
      ) : null}
    </button>
  );
}
