import { formatMs } from '../../../../lib/format';
import type { TurnStats } from '../../../../lib/latency/turnStats';

/**
 * The turn median with p90 and p95 beside it, the over-target count, and how many incomplete
 * turns all of these leave out: the figures an engineer compares, as text.
 */
export function TurnStatsLine({
  stats,
  overTarget,
  targetMs,
}: {
  stats: TurnStats;
  overTarget: number;
  targetMs: number;
}) {
  const { complete, incomplete } = stats;
  const items: [string, string][] = [
    ['p50', formatMs(complete.p50)],
    ['p90', formatMs(complete.p90)],
    ['p95', formatMs(complete.p95)],
    [
      `Over ${formatMs(targetMs)}`,
      `${overTarget.toLocaleString('en-US')} of ${complete.count.toLocaleString('en-US')}`,
    ],
    [
      'Incomplete',
      `${incomplete.toLocaleString('en-US')} ${incomplete > 0 ? '(left out)' : ''}`.trim(),
    ],
  ];
  return (
    <dl
      aria-label="Turn statistics (complete turns)"
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 tabular-nums dark:text-slate-200"
    >
      {items.map(([term, value]) => (
        <div key={term} className="flex gap-1">
          <dt className="text-slate-600 dark:text-slate-300">{term}</dt>
          <dd
            className={
              term === 'Incomplete' && incomplete > 0
                ? 'font-semibold text-amber-800 dark:text-amber-300'
                : 'font-semibold'
            }
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
