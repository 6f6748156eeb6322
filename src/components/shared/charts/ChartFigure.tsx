import { useId, type ReactNode } from 'react';
import { Disclosure } from '../../ui/Disclosure';

/**
 * A chart with its title, a one-line text summary and a data-table alternative: the chart alone
 * says nothing to a screen reader, the summary and table carry the same facts as text. A chart
 * whose figures are shown as text already (in its children) passes no folded table.
 */
export function ChartFigure({
  title,
  summary,
  controls,
  table,
  tableLabel = 'Show data table',
  children,
}: {
  title: string;
  summary: string;
  controls?: ReactNode;
  table?: ReactNode;
  tableLabel?: string;
  children?: ReactNode;
}) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure
      role="group"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      className="min-w-0 space-y-2"
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={titleId} className="text-sm font-semibold">
          {title}
        </h3>
        {controls ? (
          <div className="ml-auto flex flex-wrap items-center gap-2">{controls}</div>
        ) : null}
      </div>
      <p id={summaryId} className="text-sm text-slate-600 dark:text-slate-300">
        {summary}
      </p>
      {children}
      {/* The table is built only once opened: for 100+ turns it is most of the section's DOM. */}
      {table === undefined ? null : (
        <Disclosure
          className="text-sm"
          summaryClassName="cursor-pointer text-slate-600 hover:underline dark:text-slate-300"
          summary={tableLabel}
        >
          {() => (
            // A scroller must be reachable by keyboard (arrow keys scroll it once focused) and,
            // being focusable, needs a role and a name to be announced as something.
            <div
              role="region"
              aria-label={`${title}: data table`}
              tabIndex={0}
              className="mt-2 max-h-80 overflow-auto"
            >
              {table}
            </div>
          )}
        </Disclosure>
      )}
    </figure>
  );
}

export const tableClass = 'w-full border-collapse text-left text-xs tabular-nums';
export const thClass =
  'sticky top-0 border-b border-slate-200 bg-white px-2 py-1 font-medium dark:border-slate-700 dark:bg-slate-900';
export const tdClass = 'border-b border-slate-100 px-2 py-1 dark:border-slate-800';

/** A data table's column header. */
export function ColumnHead({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <th scope="col" className={thClass} title={title}>
      {children}
    </th>
  );
}
