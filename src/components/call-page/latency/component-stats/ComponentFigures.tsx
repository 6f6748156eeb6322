import type { ReactNode } from 'react';
import { formatMs } from '../../../../lib/format';
import type { ComponentStats } from '../../../../lib/latency/components';
import { longLabel, shortLabel } from '../../../../lib/latency/segments';
import { tableClass, tdClass, thClass, ColumnHead } from '../../../shared/charts/ChartFigure';

interface FigureRow {
  label: string;
  cell: (c: ComponentStats) => ReactNode;
  /**
   * How a cell may wrap: figures such as "138 ms" never do; a note between words; a provider
   * name anywhere, so a long one ("openai/gpt-4o-mini") does not push the table off a phone.
   */
  wrap?: 'words' | 'anywhere';
}

const WRAP = {
  never: 'whitespace-nowrap',
  words: 'break-words',
  anywhere: '[overflow-wrap:anywhere]',
} as const;

const MISSING = <span className="text-slate-500 italic dark:text-slate-400">missing</span>;

/** An API figure, or "missing" when the component itself is absent from the latency data. */
function api(read: (c: ComponentStats) => ReactNode): FigureRow['cell'] {
  return (c) => (c.present ? read(c) : MISSING);
}

const FROM_API: FigureRow[] = [
  { label: 'Provider', cell: api((c) => c.provider ?? 'not reported'), wrap: 'anywhere' },
  { label: 'Avg', cell: api((c) => formatMs(c.avgMs)) },
  { label: 'p50', cell: api((c) => formatMs(c.p50Ms)) },
  { label: 'Min', cell: api((c) => formatMs(c.minMs)) },
  { label: 'Max', cell: api((c) => formatMs(c.maxMs)) },
  { label: 'Samples', cell: api((c) => c.samples ?? '—') },
];

const FROM_EVENTS: FigureRow[] = [
  {
    label: 'Events',
    wrap: 'words',
    cell: (c) =>
      c.samplesMismatch ? (
        <span className="font-semibold text-amber-800 dark:text-amber-300">
          {c.eventCount} <span aria-hidden="true">⚠</span> ≠ {c.samples} samples
        </span>
      ) : (
        c.eventCount
      ),
  },
  { label: 'p90', cell: (c) => formatMs(c.p90Ms) },
  { label: 'p95', cell: (c) => formatMs(c.p95Ms) },
];

function Group({
  title,
  rows,
  components,
}: {
  title: string;
  rows: readonly FigureRow[];
  components: readonly ComponentStats[];
}) {
  return (
    <tbody>
      <tr>
        <th
          scope="rowgroup"
          colSpan={components.length + 1}
          className={`${tdClass} bg-slate-50 text-left font-semibold dark:bg-slate-800/60`}
        >
          {title}
        </th>
      </tr>
      {rows.map((row) => (
        <tr key={row.label}>
          <th scope="row" className={`${tdClass} font-medium`}>
            {row.label}
          </th>
          {components.map((c) => (
            <td key={c.key} className={`${tdClass} ${WRAP[row.wrap ?? 'never']}`}>
              {row.cell(c)}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}

/**
 * Every component figure as text, always visible: one column per component, so it fits a phone.
 * Figures the API reports (latency.stt, …) and figures computed from latency.events sit in
 * separate, labelled groups, and an event count that differs from the API's samples is flagged.
 */
export function ComponentFigures({ components }: { components: readonly ComponentStats[] }) {
  return (
    <div role="region" aria-label="Component figures" tabIndex={0} className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">Latency by component</caption>
        <thead>
          <tr>
            <ColumnHead>Figure</ColumnHead>
            {components.map((c) => (
              <th key={c.key} scope="col" className={thClass} title={longLabel(c.key)}>
                {shortLabel(c.key)}
              </th>
            ))}
          </tr>
        </thead>
        <Group title="Reported by the API" rows={FROM_API} components={components} />
        <Group title="Computed from events" rows={FROM_EVENTS} components={components} />
      </table>
    </div>
  );
}
