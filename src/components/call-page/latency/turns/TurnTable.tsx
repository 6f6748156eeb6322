import { formatMs } from '../../../../lib/format';
import type { ChainRow, ChainSeries } from '../../../../lib/latency/chartData';
import { shortLabel } from '../../../../lib/latency/segments';
import type { TurnChain } from '../../../../lib/latency/turns';
import { tableClass, tdClass, ColumnHead } from '../../../shared/charts/ChartFigure';
import { Button } from '../../../ui/Button';

/**
 * The turns shown in the chart, as a table (the chart's text alternative). The last column names
 * the response components an incomplete turn has no event for.
 */
export function TurnTable({
  rows,
  series,
  chainsByTurn,
  targetMs,
  onSelect,
}: {
  rows: readonly ChainRow[];
  series: readonly ChainSeries[];
  chainsByTurn: ReadonlyMap<number, TurnChain>;
  targetMs: number;
  onSelect: (turn: number) => void;
}) {
  return (
    <table className={tableClass}>
      <caption className="sr-only">Response time per turn, by segment</caption>
      <thead>
        <tr>
          <ColumnHead>Turn</ColumnHead>
          <ColumnHead>Total</ColumnHead>
          {series.map((s) => (
            <ColumnHead key={s.key} title={s.longLabel}>
              {s.label}
            </ColumnHead>
          ))}
          <ColumnHead>Missing</ColumnHead>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const missing = chainsByTurn.get(row.turn)?.missing ?? [];
          const over = missing.length === 0 && row.total > targetMs;
          return (
            <tr key={row.turn}>
              <th scope="row" className={tdClass}>
                <Button variant="row-link" onClick={() => onSelect(row.turn)}>
                  Turn {row.turn}
                </Button>
              </th>
              <td
                className={`${tdClass} ${over ? 'font-semibold text-red-700 dark:text-red-400' : ''}`}
              >
                {formatMs(row.total)}
                {over ? <span className="sr-only"> (over target)</span> : null}
              </td>
              {series.map((s) => (
                <td key={s.key} className={tdClass}>
                  {row[s.key] === undefined ? '—' : formatMs(row[s.key])}
                </td>
              ))}
              <td
                className={`${tdClass} ${missing.length > 0 ? 'text-amber-800 dark:text-amber-300' : ''}`}
              >
                {missing.length > 0 ? `incomplete: ${missing.map(shortLabel).join(', ')}` : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
