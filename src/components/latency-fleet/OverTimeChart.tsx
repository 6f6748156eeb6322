import type { FleetResult } from '../../api/fleet';
import { ChartFigure } from '../shared/charts/ChartFigure';
import { FleetTable } from './FleetTable';
import { PercentileLines } from './PercentileLines';
import { count, formatMs, plural } from './fleetText';

const SERIES = [
  { key: 'p50', name: 'Turn p50', colour: '#4f46e5' },
  { key: 'p95', name: 'Turn p95', colour: '#dc2626', dashed: true },
];

function bucketLabel(start: string, unit: FleetResult['overTime']['unit']): string {
  const date = new Date(start);
  if (unit === 'hour') {
    return date.toLocaleString('en-GB', {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
  }
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  return unit === 'week' ? `week of ${day}` : day;
}

/** Turn p50 and p95 per hour, day or week, whichever fits the window's span. */
export function OverTimeChart({ result }: { result: FleetResult }) {
  const { unit, buckets, undated } = result.overTime;
  const data = buckets.map((b) => ({
    label: bucketLabel(b.start, unit),
    p50: b.turns.p50,
    p95: b.turns.p95,
  }));
  const worst = buckets.reduce<(typeof buckets)[number] | null>(
    (w, b) => (b.turns.p95 !== null && (w?.turns.p95 ?? -1) < b.turns.p95 ? b : w),
    null,
  );
  const summary = worst
    ? `Per ${unit}. Slowest ${unit}: ${bucketLabel(worst.start, unit)}, turn p95 ${formatMs(worst.turns.p95)} over ${plural(worst.calls, 'call')}.`
    : `Per ${unit}. No complete turns.`;
  return (
    <ChartFigure
      title="Over time"
      summary={`${summary}${undated ? ` ${plural(undated, 'call')} without a readable date left out.` : ''}`}
      table={
        <FleetTable
          caption="Latency over time"
          columns={[
            unit === 'hour' ? 'Hour' : unit === 'day' ? 'Day' : 'Week',
            'Calls',
            'Turns',
            'Turn p50',
            'Turn p95',
          ]}
          numeric={[1, 2, 3, 4]}
          rows={buckets.map((b, i) => ({
            key: b.start,
            cells: [
              data[i]!.label,
              count(b.calls),
              count(b.turns.count),
              formatMs(b.turns.p50),
              formatMs(b.turns.p95),
            ],
          }))}
        />
      }
    >
      {data.length > 0 ? <PercentileLines data={data} series={SERIES} /> : null}
    </ChartFigure>
  );
}
