import { formatMs } from '../../../lib/format';
import { COMPONENT_SHORT, type ComponentKey } from '../../../lib/latency/completeness';

/**
 * The latency of the turn an agent message answers, against the target. Over target is shown in
 * words as well as colour. An incomplete turn (a response component has no event) says so and is
 * never called over or under target: its total is only what was measured. Clicking selects the turn (the latency section follows).
 * The accessible name is the visible text itself (no aria-label), so speech-input users can say
 * what they see; the spaces between the spans keep the words apart in that name.
 */
export function TurnBadge({
  turn,
  totalMs,
  missing = [],
  targetMs,
  selected,
  onSelect,
}: {
  turn: number;
  totalMs: number | undefined;
  /** Response components without an event in this turn; empty for a complete turn. */
  missing?: readonly ComponentKey[];
  targetMs: number;
  selected: boolean;
  onSelect: () => void;
}) {
  const incomplete = missing.length > 0;
  const known = totalMs !== undefined && Number.isFinite(totalMs) && !incomplete;
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
      title={
        incomplete
          ? `Turn ${turn}: ${formatMs(totalMs)} measured, incomplete (no ${missing.map((key) => COMPONENT_SHORT[key]).join(', ')} event), so it is left out of the latency statistics`
          : `Turn ${turn}: response time ${formatMs(totalMs)} (target ${formatMs(targetMs)})`
      }
      className={`inline-flex items-center gap-1 rounded-full border px-1.5 py-px text-[11px] font-medium tabular-nums ${tone} ${selected ? 'ring-2 ring-amber-400 dark:ring-amber-300' : ''}`}
    >
      <span>Turn {turn}</span> <span aria-hidden="true">·</span> <span>{formatMs(totalMs)}</span>
      {over ? (
        <>
          {' '}
          <span className="font-semibold">over target</span>
        </>
      ) : null}
      {incomplete ? (
        <>
          {' '}
          <span aria-hidden="true">·</span> <span className="italic">incomplete</span>
        </>
      ) : null}
    </button>
  );
}
