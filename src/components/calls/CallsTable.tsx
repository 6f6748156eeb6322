import type { KeyboardEvent } from 'react';
import { isLiveStatus } from '../../api/callStatus';
import type { Call } from '../../api/schema';
import { CallRow } from './CallRow';
import { COLUMNS } from './columns';
import { useNow } from './useNow';

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
 * A semantic table on wide screens and a card list on phones. Table roles are set explicitly
 * because changing the display of table elements makes some browsers drop their semantics.
 */
export function CallsTable({
  calls,
  label,
  busy = false,
}: {
  calls: readonly Call[];
  label: string;
  busy?: boolean;
}) {
  // Live durations tick every second; otherwise only "3 min ago" needs refreshing.
  const now = useNow(calls.some((c) => isLiveStatus(c.status)) ? 1_000 : 30_000);
  return (
    <table
      role="table"
      aria-label={label}
      aria-busy={busy || undefined}
      className={`block w-full text-sm md:table md:table-fixed ${busy ? 'opacity-60 transition-opacity' : ''}`}
    >
      <thead role="rowgroup" className="sr-only md:not-sr-only md:table-header-group">
        <tr role="row">
          {COLUMNS.map((column) => (
            <th
              key={column}
              role="columnheader"
              scope="col"
              className={`px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400 ${WIDTHS[column] ?? ''} ${column === 'Cost' ? 'text-right' : ''}`}
            >
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody
        role="rowgroup"
        onKeyDown={moveFocus}
        className="flex flex-col gap-2 md:table-row-group md:gap-0"
      >
        {calls.map((call) => (
          <CallRow key={call.id} call={call} now={now} />
        ))}
      </tbody>
    </table>
  );
}

const WIDTHS: Partial<Record<(typeof COLUMNS)[number], string>> = {
  Status: 'w-36',
  Type: 'w-24',
  'From → To': 'w-[22%]',
  Started: 'w-28',
  Duration: 'w-24',
  'End reason': 'w-36',
  Cost: 'w-20',
};
