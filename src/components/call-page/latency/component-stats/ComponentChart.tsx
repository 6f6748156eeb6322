import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { formatMs } from '../../../../lib/format';
import type { ComponentStats } from '../../../../lib/latency/components';
import { longLabel, segmentColour, shortLabel } from '../../../../lib/latency/segments';
import { componentsSummary } from '../../../../lib/latency/summary';
import { msTicks } from '../../../../lib/latency/ticks';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import { ComponentFigures } from './ComponentFigures';
import { useChartSize } from '../../../shared/charts/chartSize';
import { axisMs, tooltipBoxClass } from '../../../shared/charts/chartFormat';

interface Row {
  key: string;
  label: string;
  /** [min, max]; undefined when either end is missing, so nothing is drawn (never a 0 bar). */
  range: [number, number] | undefined;
  stats: ComponentStats;
}

function toRows(components: readonly ComponentStats[]): Row[] {
  return components.map((c) => ({
    key: c.key,
    label: c.present ? shortLabel(c.key) : `${shortLabel(c.key)} (missing)`,
    range: c.minMs !== null && c.maxMs !== null ? [c.minMs, Math.max(c.minMs, c.maxMs)] : undefined,
    stats: c,
  }));
}

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Row;
}

/** The min–max range as a bar, with ticks for p50 (solid), p95 (dashed) and a diamond for avg. */
function RangeShape({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
  if (!payload?.range) return <g />;
  const [min, max] = payload.range;
  const colour = segmentColour(payload.key);
  const pos = (v: number) => (max === min ? x : x + ((v - min) / (max - min)) * width);
  const { p50Ms, avgMs, p95Ms } = payload.stats;
  const mid = y + height / 2;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={Math.max(width, 2)}
        height={height}
        rx={3}
        fill={colour}
        fillOpacity={0.25}
        stroke={colour}
      />
      {p95Ms !== null ? (
        <line
          x1={pos(p95Ms)}
          x2={pos(p95Ms)}
          y1={y - 3}
          y2={y + height + 3}
          stroke={colour}
          strokeWidth={2}
          strokeDasharray="3 2"
        />
      ) : null}
      {p50Ms !== null ? (
        <line
          x1={pos(p50Ms)}
          x2={pos(p50Ms)}
          y1={y - 3}
          y2={y + height + 3}
          stroke="currentColor"
          strokeWidth={3}
        />
      ) : null}
      {avgMs !== null ? (
        <path
          d={`M ${pos(avgMs)} ${mid - 6} l 6 6 l -6 6 l -6 -6 z`}
          fill={colour}
          stroke="currentColor"
          strokeWidth={1}
        />
      ) : null}
    </g>
  );
}

function ComponentTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  const s = row.stats;
  return (
    <div className={tooltipBoxClass}>
      <p className="font-semibold">{longLabel(s.key)}</p>
      {!s.present ? (
        <p>Missing from the latency data.</p>
      ) : (
        <>
          <p>
            API: {s.provider ?? 'provider not reported'} · {s.samples ?? 'unknown'} samples · avg{' '}
            {formatMs(s.avgMs)} · p50 {formatMs(s.p50Ms)} · range {formatMs(s.minMs)} –{' '}
            {formatMs(s.maxMs)}
          </p>
          <p>
            From {s.eventCount} events: p90 {formatMs(s.p90Ms)} · p95 {formatMs(s.p95Ms)}
            {s.samplesMismatch ? ' (not the same count as the samples)' : ''}
          </p>
        </>
      )}
    </div>
  );
}

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
          <CartesianGrid horizontal={false} stroke="#94a3b8" strokeOpacity={0.3} />
          <XAxis
            type="number"
            domain={[0, ticks.at(-1) ?? 100]}
            ticks={ticks}
            tickFormatter={axisMs}
            tick={{ fill: 'currentColor', fontSize: 11 }}
            stroke="#94a3b8"
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
      <p
        className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300"
        aria-hidden="true"
      >
        <span>▭ min–max</span>
        <span>┃ p50</span>
        <span>◆ avg</span>
        <span>┆ p95 (from events)</span>
      </p>
      <ComponentFigures components={components} />
    </ChartFigure>
  );
}
