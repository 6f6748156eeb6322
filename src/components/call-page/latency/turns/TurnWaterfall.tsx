import { formatMs } from '../../../../lib/format';
import type { ChainSeries } from '../../../../lib/latency/chartData';
import { longLabel, segmentColour } from '../../../../lib/latency/segments';
import { formatShare, waterfallSummary } from '../../../../lib/latency/summary';
import type { TurnChain } from '../../../../lib/latency/turns';
import { Button } from '../../../ui/Button';

/** The selected turn's chain in order: where each segment starts, how long it took, its share. */
export function TurnWaterfall({
  turn,
  chain,
  series,
  targetMs,
  onClose,
}: {
  turn: number;
  chain: TurnChain | undefined;
  series: readonly ChainSeries[];
  targetMs: number;
  onClose: () => void;
}) {
  const colourOf = new Map<string, string>();
  for (const s of series) for (const t of s.types) colourOf.set(t, s.colour);
  const starts: number[] = [];
  chain?.segments.reduce((at, seg) => {
    starts.push(at);
    return at + seg.ms;
  }, 0);
  const scale = chain ? Math.max(chain.totalMs, targetMs) : 1;
  return (
    <section
      aria-labelledby="latency-waterfall-heading"
      className="rounded-md border border-slate-200 p-2 dark:border-slate-700"
    >
      <div className="flex items-center gap-2">
        <h4 id="latency-waterfall-heading" className="text-sm font-semibold">
          Turn {turn} chain
        </h4>
        <Button variant="quiet" size="xs" onClick={onClose} className="ml-auto">
          Clear selection
        </Button>
      </div>
      {!chain ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          Turn {turn} has no valid latency events.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            {waterfallSummary(chain, targetMs)}
          </p>
          <ol className="mt-2 space-y-1" aria-label={`Turn ${turn} segments in order`}>
            {chain.segments.map((seg, i) => {
              const left = ((starts[i] ?? 0) / scale) * 100;
              const width = (seg.ms / scale) * 100;
              return (
                <li
                  key={seg.type}
                  className="grid grid-cols-[minmax(6rem,9rem)_1fr_6.5rem] items-center gap-2 text-xs"
                >
                  <span className="truncate" title={longLabel(seg.type)}>
                    {longLabel(seg.type)}
                    {seg.events > 1 ? ` ×${seg.events}` : ''}
                  </span>
                  <span
                    className="relative h-3 rounded-sm bg-slate-100 dark:bg-slate-800"
                    aria-hidden="true"
                  >
                    <span
                      className="absolute inset-y-0 rounded-sm"
                      style={{
                        left: `${left}%`,
                        width: `${Math.max(width, 0.5)}%`,
                        background: colourOf.get(seg.type) ?? segmentColour(seg.type),
                      }}
                    />
                    {chain.totalMs < scale || targetMs <= scale ? (
                      <span
                        className="absolute inset-y-[-2px] w-px bg-red-600"
                        style={{ left: `${(targetMs / scale) * 100}%` }}
                      />
                    ) : null}
                  </span>
                  <span className="text-right tabular-nums">
                    {formatMs(seg.ms)}{' '}
                    <span className="text-slate-500 dark:text-slate-400">
                      {formatShare(chain.totalMs > 0 ? seg.ms / chain.totalMs : 0)}
                    </span>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
