import type { TooltipContentProps } from 'recharts';
import { formatMs } from '../../../../lib/format';
import type { ChainSeries } from '../../../../lib/latency/chartData';
import { formatShare, incompleteNote } from '../../../../lib/latency/summary';
import type { TurnChain } from '../../../../lib/latency/turns';
import { tooltipBoxClass } from '../../../shared/charts/chartFormat';

/** The per-turn chart's tooltip: a turn's total and each segment's share of it. */
export function makeTurnTooltip(
  chainsByTurn: ReadonlyMap<number, TurnChain>,
  series: readonly ChainSeries[],
  targetMs: number,
) {
  const labelOf = new Map<string, ChainSeries>();
  for (const s of series) for (const t of s.types) labelOf.set(t, s);
  return function TurnTooltip({ active, label }: TooltipContentProps) {
    const chain = typeof label === 'number' ? chainsByTurn.get(label) : undefined;
    if (!active || !chain) return null;
    return (
      <div className={tooltipBoxClass}>
        <p className="font-semibold">
          Turn {chain.turn}: {formatMs(chain.totalMs)}
          {chain.complete && chain.totalMs > targetMs ? ' (over target)' : ''}
        </p>
        {!chain.complete ? (
          <p className="text-amber-800 dark:text-amber-300">
            {incompleteNote(chain)}: left out of the statistics
          </p>
        ) : null}
        <ul>
          {chain.segments.map((seg) => (
            <li key={seg.type} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-2 rounded-sm"
                style={{ background: labelOf.get(seg.type)?.colour ?? '#a8a29e' }}
              />
              {labelOf.get(seg.type)?.types.length === 1 ? labelOf.get(seg.type)!.label : seg.type}{' '}
              {formatMs(seg.ms)} ({formatShare(chain.totalMs > 0 ? seg.ms / chain.totalMs : 0)})
            </li>
          ))}
        </ul>
        <p className="mt-1 text-slate-500 dark:text-slate-400">Click to open its chain</p>
      </div>
    );
  };
}
