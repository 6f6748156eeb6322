import {
  Bar,
  BarChart,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { formatMs } from '../../../lib/format';
import type { ConnectReadout } from '../../../lib/latency/connect';
import { connectSummary, formatShare } from '../../../lib/latency/summary';
import { msTicks } from '../../../lib/latency/ticks';
import { ChartFigure, tableClass, tdClass, ColumnHead } from '../../shared/charts/ChartFigure';
import { useChartSize } from '../../shared/charts/chartSize';
import { axisMs, msOrMissing, tooltipBoxClass, axisStyle } from '../../shared/charts/chartFormat';

function ConnectTooltip({ active, payload }: TooltipContentProps) {
  const entry = payload?.[0];
  if (!active || !entry) return null;
  return (
    <div className={tooltipBoxClass}>
      {payload.map((p) => (
        <p key={String(p.dataKey)}>
          {p.name}: {formatMs(typeof p.value === 'number' ? p.value : null)}
        </p>
      ))}
    </div>
  );
}

/** setup → dispatch-to-answer → answer-to-active → active-to-greeting, as one stacked bar. */
export function ConnectChart({ connect }: { connect: ConnectReadout }) {
  const size = useChartSize(76);
  const known = connect.phases.filter((p) => p.ms !== null);
  const row: Record<string, number | string> = { name: 'Connect' };
  for (const p of known) row[p.key] = p.ms!;
  const table = (
    <table className={tableClass}>
      <caption className="sr-only">Connect phases</caption>
      <thead>
        <tr>
          <ColumnHead>Phase</ColumnHead>
          <ColumnHead>Time</ColumnHead>
          <ColumnHead>Share</ColumnHead>
        </tr>
      </thead>
      <tbody>
        {connect.phases.map((p) => (
          <tr key={p.key}>
            <th scope="row" className={`${tdClass} font-medium`}>
              {p.label}
            </th>
            <td className={tdClass}>{msOrMissing(p.ms)}</td>
            <td className={tdClass}>
              {p.ms !== null && connect.knownTotalMs > 0
                ? formatShare(p.ms / connect.knownTotalMs)
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const connectTicks = msTicks(connect.knownTotalMs);
  return (
    <ChartFigure title="Connect phase" summary={connectSummary(connect)} table={table}>
      {known.length > 0 ? (
        <div className="text-slate-700 dark:text-slate-200">
          <BarChart
            {...size}
            layout="vertical"
            data={[row]}
            margin={{ top: 0, right: 12, bottom: 0, left: 0 }}
          >
            <XAxis
              type="number"
              // Explicit round ticks: Recharts' own tick maths throws on subnormal ranges.
              domain={[0, connectTicks.at(-1) ?? 100]}
              ticks={connectTicks}
              tickFormatter={axisMs}
              {...axisStyle}
            />
            <YAxis type="category" dataKey="name" hide />
            <Tooltip content={ConnectTooltip} cursor={false} />
            {known.map((p) => (
              <Bar
                key={p.key}
                dataKey={p.key}
                name={p.label}
                stackId="connect"
                fill={p.colour}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey={p.key}
                  position="center"
                  fill="#fff"
                  fontSize={11}
                  formatter={(v: unknown) =>
                    typeof v === 'number' &&
                    connect.knownTotalMs > 0 &&
                    v / connect.knownTotalMs > 0.12
                      ? axisMs(v)
                      : ''
                  }
                />
              </Bar>
            ))}
          </BarChart>
        </div>
      ) : null}
      {connect.present ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
          {connect.phases.map((p) => (
            <li key={p.key} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-2.5 rounded-sm"
                style={{
                  background: p.ms === null ? 'transparent' : p.colour,
                  outline: p.ms === null ? '1px dashed #94a3b8' : undefined,
                }}
              />
              {p.label}: {msOrMissing(p.ms)}
            </li>
          ))}
        </ul>
      ) : null}
    </ChartFigure>
  );
}
