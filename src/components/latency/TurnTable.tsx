import { formatMs } from '../../lib/format';
import type { ChainRow, ChainSeries } from '../../lib/latency/chartData';
import { tableClass, tdClass, thClass } from './ChartFigure';

/** The turns shown in the chart, as a table (the chart's text alternative). */
export function TurnTable({
  rows,
  series,
  targetMs,
  onSelect,
}: {
  rows: readonly ChainRow[];
  series: readonly ChainSeries[];
  targetMs: number;
  onSelect: (turn: number) => void;
}) {
  return (
    <table className={tableClass}>
      <caption className="sr-only">Response time per turn, by segment</caption>
      <thead>
        <tr>
          <th scope="col" className={thClass}>
            Turn
          </th>
          <th scope="col" className={thClass}>
            Total
          </th>
          {series.map((s) => (
            <th key={s.key} scope="col" className={thClass} title={s.longLabel}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.turn}>
            <th scope="row" className={tdClass}>
              <button
                type="button"
                onClick={() => onSelect(row.turn)}
                className="font-medium whitespace-nowrap text-sky-700 hover:underline dark:text-sky-300"
              >
                Turn {row.turn}
              </button>
            </th>
            <td
              className={`${tdClass} ${row.total > targetMs ? 'font-semibold text-red-700 dark:text-red-400' : ''}`}
            >
              {formatMs(row.total)}
              {row.total > targetMs ? <span className="sr-only"> (over target)</span> : null}
            </td>
            {series.map((s) => (
              <td key={s.key} className={tdClass}>
                {row[s.key] === undefined ? '—' : formatMs(row[s.key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
