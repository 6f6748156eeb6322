import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ComponentStats } from '../../../../lib/latency/components';
import { componentsSummary } from '../../../../lib/latency/summary';
import { msTicks } from '../../../../lib/latency/ticks';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import { useChartSize } from '../../../shared/charts/chartSize';
import { axisMs, axisStyle, gridStyle } from '../../../shared/charts/chartFormat';
import { ComponentFigures } from './ComponentFigures';
import { ComponentLegend } from './ComponentLegend';
import { ComponentTooltip } from './ComponentTooltip';
import { toRows } from './componentRows';
import { RangeShape } from './RangeShape';

/** Each response component's min–max range, p50, p95 and average, with the figures as text. */
export function ComponentChart({ components }: { components: readonly ComponentStats[] }) {
  const size = useChartSize(180);
  const rows = toRows(components);
  // Our own round ticks and domain: Recharts' automatic ones divide by the data range, and a
  // subnormal value (5e-324 ms, seen by the fuzz suite) made that throw and take the page down.
  const ticks = msTicks(Math.max(0, ...rows.map((r) => r.range?.[1] ?? 0)));
  return (
    <ChartFigure title="Components" summary={componentsSummary(components)}>
      <div className="text-slate-700 dark:text-slate-200">
        <BarChart
          {...size}
          layout="vertical"
          data={rows}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          barCategoryGap="30%"
        >
          <CartesianGrid horizontal={false} {...gridStyle} />
          <XAxis
            type="number"
            domain={[0, ticks.at(-1) ?? 100]}
            ticks={ticks}
            tickFormatter={axisMs}
            {...axisStyle}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={92}
            tick={{ fill: 'currentColor', fontSize: 12 }}
            stroke="#94a3b8"
          />
          <Tooltip content={ComponentTooltip} cursor={{ fill: '#94a3b8', fillOpacity: 0.15 }} />
          <Bar dataKey="range" shape={RangeShape} isAnimationActive={false} />
        </BarChart>
      </div>
      <ComponentLegend />
      <ComponentFigures components={components} />
    </ChartFigure>
  );
}
