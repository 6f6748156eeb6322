import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { FleetResult } from '../../api/fleet';
import { ChartFigure } from '../shared/charts/ChartFigure';
import { axisMs, axisStyle, gridStyle } from '../shared/charts/chartFormat';
import { useChartSize } from '../shared/charts/chartSize';
import { FleetTable } from './FleetTable';
import { count, formatMs, plural, share } from './fleetText';

interface Bin {
  label: string;
  range: string;
  from: number;
  turns: number;
}

function binsOf(histogram: FleetResult['turns']['histogram']): Bin[] {
  const bins = histogram.counts.map((turns, i) => {
    const from = i * histogram.binMs;
    return {
      label: axisMs(from),
      range: `${formatMs(from)} – ${formatMs(from + histogram.binMs)}`,
      from,
      turns,
    };
  });
  if (histogram.overflow > 0) {
    bins.push({
      label: `≥${axisMs(histogram.overflowFrom)}`,
      range: `${formatMs(histogram.overflowFrom)} or more`,
      from: histogram.overflowFrom,
      turns: histogram.overflow,
    });
  }
  return bins;
}

/** Complete turns' totals, binned, with the target marked; incomplete turns said apart. */
export function TurnHistogram({ result }: { result: FleetResult }) {
  const size = useChartSize(220);
  const { turns, targetMs } = result;
  const bins = binsOf(turns.histogram);
  const targetBin = bins.findLast((b) => b.from <= targetMs);
  const summary =
    turns.complete.count === 0
      ? `No complete turns; ${plural(turns.incomplete, 'incomplete turn')} left out.`
      : `${plural(turns.complete.count, 'complete turn')}: median ${formatMs(turns.complete.p50)}, p95 ${formatMs(turns.complete.p95)}; ${share(turns.overTargetShare)} (${count(turns.overTarget)}) over the ${formatMs(targetMs)} target; ${plural(turns.incomplete, 'incomplete turn')} left out.`;
  return (
    <ChartFigure
      title="Turn totals"
      summary={summary}
      table={
        <FleetTable
          caption="Turn totals histogram"
          columns={['Turn total', 'Turns']}
          numeric={[1]}
          rows={bins.map((b) => ({ key: b.range, cells: [b.range, count(b.turns)] }))}
        />
      }
    >
      {turns.complete.count > 0 ? (
        <div className="text-slate-700 dark:text-slate-200">
          <BarChart {...size} data={bins} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} {...gridStyle} />
            <XAxis dataKey="label" {...axisStyle} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} width={44} {...axisStyle} />
            <Tooltip
              cursor={{ fill: '#94a3b8', fillOpacity: 0.15 }}
              labelFormatter={(_, payload) =>
                (payload?.[0]?.payload as Bin | undefined)?.range ?? ''
              }
              formatter={(value) => [String(value), 'Turns']}
              contentStyle={{ fontSize: 12 }}
            />
            <Bar dataKey="turns" isAnimationActive={false}>
              {bins.map((b) => (
                <Cell key={b.label} fill={b.from >= targetMs ? '#dc2626' : '#6366f1'} />
              ))}
            </Bar>
            {targetBin ? (
              <ReferenceLine
                x={targetBin.label}
                stroke="currentColor"
                strokeDasharray="4 3"
                label={{
                  value: `target ${axisMs(targetMs)}`,
                  fill: 'currentColor',
                  fontSize: 11,
                  position: 'top',
                }}
              />
            ) : null}
          </BarChart>
        </div>
      ) : null}
    </ChartFigure>
  );
}
