import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Call } from '../../api/schema';
import { elapsedSeconds } from '../../lib/liveCalls';
import {
  EMPTY,
  formatCents,
  formatDateTime,
  formatDuration,
  formatEndReason,
  formatPhone,
  formatRelative,
  formatUtc,
  humanize,
} from '../../lib/format';
import { StatusBadge } from '../call/StatusBadge';
import { AgentName } from './AgentName';

function partiesOf(call: Call): { from: string; to: string } | null {
  if (!call.from_number && !call.to_number) return null;
  return { from: formatPhone(call.from_number), to: formatPhone(call.to_number) };
}

/**
 * One cell. On phones the table turns into cards, so each cell shows its own label there;
 * screen readers get the column header instead, so that label is hidden from them.
 */
function Cell({
  label,
  children,
  className = '',
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <td role="cell" className={`min-w-0 md:px-3 md:py-2.5 md:align-top ${className}`}>
      <span
        aria-hidden="true"
        className="block text-[11px] font-medium tracking-wide text-slate-500 uppercase md:hidden dark:text-slate-400"
      >
        {label}
      </span>
      {children}
    </td>
  );
}

/**
 * A row is a real link to the call (middle-click opens a tab, Enter opens it from the keyboard):
 * the link sits in the "From → To" cell and its ::after covers the whole row, so a click
 * anywhere on the row follows it.
 */
export function CallRow({ call, now }: { call: Call; now: number }) {
  const parties = partiesOf(call);
  const started = call.started_at ?? call.created_at;
  const startedLabel = call.started_at ? 'Started' : 'Created';
  return (
    <tr
      role="row"
      className="relative grid grid-cols-2 gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-3 hover:bg-slate-50 md:table-row md:rounded-none md:border-0 md:border-t md:bg-transparent md:p-0 dark:border-slate-800 dark:bg-slate-900 dark:hover:bg-slate-800/60 md:dark:bg-transparent"
    >
      <Cell label="Status">
        <StatusBadge status={call.status} />
      </Cell>
      <Cell label="Type">
        <span className="whitespace-nowrap">{humanize(call.type)}</span>
        <span className="block text-xs text-slate-600 dark:text-slate-400">
          {humanize(call.direction)}
        </span>
      </Cell>
      <Cell label="From → To" className="col-span-2 md:col-span-1">
        <Link
          to={`/calls/${encodeURIComponent(call.id)}`}
          data-row-link=""
          className="font-medium text-indigo-700 after:absolute after:inset-0 after:rounded-lg after:content-[''] hover:underline focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-[-2px] focus-visible:after:outline-indigo-600 md:after:rounded-none dark:text-indigo-300"
        >
          {parties ? (
            <>
              <span className="whitespace-nowrap">{parties.from}</span>{' '}
              <span className="whitespace-nowrap">→ {parties.to}</span>
            </>
          ) : call.type === 'web' ? (
            'Web call'
          ) : (
            'No numbers'
          )}
          <span className="block font-mono text-xs font-normal text-slate-500 dark:text-slate-400">
            <span className="sr-only">id </span>
            {call.id.slice(0, 8)}
          </span>
        </Link>
      </Cell>
      <Cell label="Agent" className="col-span-2 md:col-span-1">
        <AgentName agentId={call.agent_id} />
      </Cell>
      <Cell label={startedLabel}>
        {started ? (
          // Above the row link, so hovering shows the exact time.
          <time
            dateTime={started}
            title={`${formatDateTime(started)} · ${formatUtc(started)}`}
            className="relative z-10 whitespace-nowrap"
          >
            {formatRelative(started, now)}
          </time>
        ) : (
          EMPTY
        )}
      </Cell>
      <Cell label="Duration">
        <span className="tabular-nums">{formatDuration(elapsedSeconds(call, now))}</span>
      </Cell>
      <Cell label="Outcome">{call.outcome ? call.outcome : EMPTY}</Cell>
      <Cell label="End reason">{formatEndReason(call.end_reason)}</Cell>
      <Cell label="Cost" className="md:text-right">
        <span className="tabular-nums">{formatCents(call.cost_cents)}</span>
      </Cell>
    </tr>
  );
}
