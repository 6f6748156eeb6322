import type { FleetResult } from '../../api/fleet';
import type { FleetStats } from '../../lib/fleet/wire';
import { longLabel } from '../../lib/latency/segments';
import { FleetCard } from './FleetCard';
import { FleetTable, STAT_COLUMNS } from './FleetTable';
import { count, formatMs, plural } from './fleetText';

export const statCells = (s: FleetStats) => [
  formatMs(s.p50),
  formatMs(s.p90),
  formatMs(s.p95),
  formatMs(s.p99),
  formatMs(s.max),
  count(s.count),
];

/** Every valid event of each type pooled over the window; invalid events counted apart. */
export function ComponentsTable({ result }: { result: FleetResult }) {
  const rows = result.components.map((c) => ({
    key: c.type,
    cells: [<span title={c.type}>{longLabel(c.type)}</span>, ...statCells(c)],
  }));
  if (result.otherTypes) {
    rows.push({
      key: '(other types)',
      cells: [
        `${plural(result.otherTypes.types, 'other type')}, pooled`,
        ...statCells(result.otherTypes.stats),
      ],
    });
  }
  return (
    <FleetCard
      title="Components"
      description="Every valid event of each type in the window, pooled; percentiles interpolate linearly, as on the call page."
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          No valid latency events in this window.
        </p>
      ) : (
        <FleetTable
          caption="Component latency percentiles"
          columns={['Component', ...STAT_COLUMNS]}
          numeric={[1, 2, 3, 4, 5, 6]}
          rows={rows}
        />
      )}
      <InvalidEvents invalid={result.invalid} />
    </FleetCard>
  );
}

function InvalidEvents({ invalid }: { invalid: FleetResult['invalid'] }) {
  if (invalid.reasons.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-300">No invalid events.</p>;
  }
  return (
    <div className="space-y-1">
      <h3 className="text-sm font-semibold text-amber-800 dark:text-amber-300">
        {plural(invalid.events, 'invalid event')} in {plural(invalid.calls, 'call')}, left out of
        every figure
      </h3>
      <FleetTable
        caption="Invalid latency data"
        columns={['Reason', 'Events', 'Calls', 'For example']}
        numeric={[1, 2]}
        rows={invalid.reasons.map((r) => ({
          key: r.reason,
          cells: [
            r.reason,
            r.events === 0 ? 'whole field' : count(r.events),
            count(r.calls),
            <span className="flex flex-wrap gap-x-2">
              {r.sampleCallIds.map((id) => (
                <a
                  key={id}
                  href={`/calls/${encodeURIComponent(id)}#latency`}
                  className="font-mono break-all text-indigo-700 underline dark:text-indigo-300"
                >
                  {id}
                </a>
              ))}
            </span>,
          ],
        }))}
      />
    </div>
  );
}
