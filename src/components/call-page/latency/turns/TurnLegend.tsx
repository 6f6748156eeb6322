import { formatMs } from '../../../../lib/format';
import type { LatencyAnalysis } from '../../../../lib/latency/analysis';
import type { ChainSeries } from '../../../../lib/latency/chartData';
import { formatShare } from '../../../../lib/latency/summary';
import type { ReactNode } from 'react';

/** A legend entry for a line or outline drawn on the chart: its swatch, then what it means. */
function LegendItem({ swatch, children }: { swatch: string; children: ReactNode }) {
  return (
    <li className="flex items-center gap-1.5">
      <span aria-hidden="true" className={`inline-block ${swatch}`} />
      {children}
    </li>
  );
}

/** The per-turn chart's key: each series with its share of the time, target, p50, incomplete. */
export function TurnLegend({
  series,
  byType,
  targetMs,
  p50Ms,
  incomplete,
}: {
  series: readonly ChainSeries[];
  byType: LatencyAnalysis['byType'];
  targetMs: number;
  p50Ms: number | null;
  incomplete: number;
}) {
  return (
    <ul
      className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-300"
      aria-label="Legend"
    >
      {series.map((s) => {
        const share = s.types.reduce(
          (sum, t) => sum + (byType.find((b) => b.type === t)?.share ?? 0),
          0,
        );
        return (
          <li
            key={s.key}
            className="flex min-w-0 items-center gap-1.5 [overflow-wrap:anywhere]"
            title={s.longLabel}
          >
            <span
              aria-hidden="true"
              className="inline-block size-2.5 rounded-sm"
              style={{ background: s.colour }}
            />
            {s.label} {formatShare(share)}
          </li>
        );
      })}
      <LegendItem swatch="h-0 w-4 border-t-2 border-dashed border-red-600">
        target {formatMs(targetMs)}
      </LegendItem>
      {p50Ms !== null ? (
        <LegendItem swatch="h-0 w-4 border-t-2 border-dotted border-current">
          p50 {formatMs(p50Ms)}
        </LegendItem>
      ) : null}
      {incomplete > 0 ? (
        <LegendItem swatch="h-2.5 w-3 rounded-sm border border-dashed border-current opacity-70">
          incomplete turn (faint, dashed)
        </LegendItem>
      ) : null}
    </ul>
  );
}
