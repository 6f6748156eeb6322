import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { axisMs, axisStyle, gridStyle } from '../shared/charts/chartFormat';
import { useChartSize } from '../shared/charts/chartSize';
import { formatMs } from './fleetText';

export interface LineSeries {
  key: string;
  name: string;
  colour: string;
  dashed?: boolean;
}

/** p50/p95 lines over categories (load levels, time buckets); a gap where a value is missing. */
export function PercentileLines<T extends { label: string }>({
  data,
  series,
}: {
  data: T[];
  series: LineSeries[];
}) {
  const size = useChartSize(220);
  return (
    <div className="text-slate-700 dark:text-slate-200">
      <LineChart {...size} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} {...gridStyle} />
        <XAxis dataKey="label" {...axisStyle} interval="preserveStartEnd" />
        <YAxis width={52} tickFormatter={axisMs} {...axisStyle} />
        <Tooltip
          formatter={(value, name) => [formatMs(typeof value === 'number' ? value : null), name]}
          contentStyle={{ fontSize: 12 }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.colour}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '5 3' : undefined}
            dot={data.length <= 40}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
