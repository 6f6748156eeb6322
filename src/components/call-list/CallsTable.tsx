import type { KeyboardEvent } from 'react';
import { isLiveCall } from '../../api/callStatus';
import type { Call } from '../../api/schema';
import type { CallLatencyColumns } from '../../lib/fleet/callLatency';
import { formatMs } from '../../lib/format';
import type { LatencySort, LatencySortKey } from '../../lib/list/latencySort';
import { CallRow } from './CallRow';
import { COLUMNS, LATENCY_COLUMNS } from './columns';
import { useNow } from '../shared/useNow';

/** Arrow keys move between rows, on top of Tab, so a long page is quick to walk. */
function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  if (!target.matches('a[data-row-link]')) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>('a[data-row-link]')];
  const next = links[links.indexOf(target) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * A semantic table on wide screens and a card list below 1280 px (nine columns need the room), two cards a row from 768 px. Table roles are set explicitly
 * because changing the display of table elements makes some browsers drop their semantics.
 */
export function CallsTable({
  calls,
  label,
  busy = false,
  latency,
  targetMs,
  sort = null,
  onSort,
}: {
  calls: readonly Call[];
  label: string;
  busy?: boolean;
  latency: ReadonlyMap<Call, CallLatencyColumns>;
  targetMs: number;
  sort?: LatencySort | null;
  /** Given, the latency headers are buttons that sort the loaded page. */
  onSort?: (key: LatencySortKey) => void;
}) {
  // Live durations tick every second; otherwise only "3 min ago" needs refreshing.
  const now = useNow(calls.some(isLiveCall) ? 1_000 : 30_000);
  const rowKeys = uniqueKeys(calls.map((c) => c.id));
  // Twelve columns need ~82rem: below that the table scrolls inside its own box rather than
  // squeezing badges and times into each other (or pushing the page sideways).
  return (
    <div className="xl:overflow-x-auto">
      <table
        role="table"
        aria-label={label}
        aria-busy={busy || undefined}
        className={`block w-full text-sm xl:table xl:min-w-[82rem] xl:table-fixed ${busy ? 'opacity-60 transition-opacity' : ''}`}
      >
        <thead role="rowgroup" className="sr-only xl:not-sr-only xl:table-header-group">
          <tr role="row">
            {COLUMNS.map((column) => {
              const sortKey =
                column in LATENCY_COLUMNS
                  ? LATENCY_COLUMNS[column as keyof typeof LATENCY_COLUMNS]
                  : null;
              const sorted = sortKey !== null && sort?.key === sortKey ? sort.dir : null;
              const title =
                column === 'Over target' ? `Complete turns over ${formatMs(targetMs)}` : undefined;
              return (
                <th
                  key={column}
                  role="columnheader"
                  scope="col"
                  title={title}
                  aria-sort={
                    sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                  }
                  className={`px-2 py-2 align-bottom text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400 ${column === 'Cost' || sortKey ? 'text-right' : 'text-left'} ${XL_WIDTHS[column]}`}
                >
                  {sortKey && onSort ? (
                    <button
                      type="button"
                      onClick={() => onSort(sortKey)}
                      className="uppercase hover:underline"
                    >
                      {column}
                      <span aria-hidden="true">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </span>
                    </button>
                  ) : (
                    column
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody
          role="rowgroup"
          onKeyDown={moveFocus}
          className="grid gap-2 md:grid-cols-2 xl:table-row-group xl:gap-0"
        >
          {calls.map((call, index) => (
            // Only live rows need the every-second clock; the others ("3 min ago") get a clock
            // that moves every 30 s, so the memoised rows skip most ticks.
            <CallRow
              key={rowKeys[index]}
              call={call}
              now={isLiveCall(call) ? now : Math.floor(now / 30_000) * 30_000}
              latency={latency.get(call)}
              targetMs={targetMs}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * From 1280 px the columns get fixed shares, so the live table and the main table line up.
 * Below that the browser sizes them to their content.
 */
const XL_WIDTHS: Record<(typeof COLUMNS)[number], string> = {
  Status: 'xl:w-[13%]',
  Type: 'xl:w-[7%]',
  'From → To': 'xl:w-[13%]',
  Agent: 'xl:w-[12%]',
  Started: 'xl:w-[9%]',
  Duration: 'xl:w-[6%]',
  Outcome: 'xl:w-[8%]',
  'End reason': 'xl:w-[8%]',
  Cost: 'xl:w-[5%]',
  'Median turn': 'xl:w-[6%]',
  'Slowest turn': 'xl:w-[8%]',
  'Over target': 'xl:w-[5%]',
};

/** The API does not promise unique ids within a page; a repeat must not clash as a React key. */
function uniqueKeys(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return n === 0 ? id : `${id}\u0000${n}`;
  });
}
