import type { ReactNode } from 'react';
import { tableClass, tdClass, thClass } from '../shared/charts/ChartFigure';

/**
 * A plain figures table with a caption, scrolling sideways on a phone instead of squeezing the
 * page. Numeric columns are right-aligned; `rows` are cells already formatted as text.
 */
export function FleetTable({
  caption,
  columns,
  rows,
  numeric = [],
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
  /** Indexes of right-aligned columns. */
  numeric?: number[];
}) {
  const align = (i: number) => (numeric.includes(i) ? ' text-right' : '');
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="max-w-full overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={thClass + align(i)}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) => (
                <td key={columns[i]} className={`${tdClass} whitespace-nowrap${align(i)}`}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const STAT_COLUMNS = ['p50', 'p90', 'p95', 'p99', 'max', 'events'];
