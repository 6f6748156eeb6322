import { callPath } from '../../api/callPath';
import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Call } from '../../api/schema';
import { callDurationSeconds, callParties, partiesLabel } from '../../lib/callFacts';
import {
  EMPTY,
  formatCents,
  formatDateTime,
  formatDuration,
  formatEndReason,
  formatRelative,
  formatUtc,
  humanize,
} from '../../lib/format';
import { StatusBadge } from '../shared/StatusBadge';
import { AgentName } from '../shared/AgentName';
import type { CallLatencyColumns } from '../../lib/fleet/callLatency';
import { formatMs } from '../../lib/format';

/** Start and end of the id: enough to tell calls apart, even ids that share a prefix. */
function shortId(id: string): string {
  return id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id;
}

/**
 * One cell. Below 1280 px the table turns into cards (a 3-column grid): `card` places the cell
 * in the card, and the cell shows its own label there unless the content speaks for itself.
 * Screen readers get the column header instead, so that label is hidden from them. An empty
 * cell is left out of the card to keep cards short.
 */
function Cell({
  label,
  children,
  card,
  showLabel = true,
  empty = false,
  className = '',
}: {
  label: string;
  children: ReactNode;
  card: string;
  showLabel?: boolean;
  empty?: boolean;
  className?: string;
}) {
  return (
    <td
      role="cell"
      className={`min-w-0 xl:px-2 xl:py-2.5 xl:align-top ${card} ${empty ? 'max-xl:hidden' : ''} ${className}`}
    >
      {showLabel ? (
        <span
          aria-hidden="true"
          className="block text-[11px] font-medium tracking-wide text-slate-500 uppercase xl:hidden dark:text-slate-400"
        >
          {label}
        </span>
      ) : null}
      {children}
    </td>
  );
}

/**
 * A row is a real link to the call (middle-click opens a tab, Enter opens it from the keyboard):
 * the link sits in the "From → To" cell and its ::after covers the whole row, so a click
 * anywhere on the row follows it.
 */
export const CallRow = memo(function CallRow({
  call,
  now,
  latency,
  targetMs,
}: {
  call: Call;
  now: number;
  latency: CallLatencyColumns | undefined;
  targetMs: number;
}) {
  const parties = callParties(call);
  const started = call.started_at ?? call.created_at;
  const startedLabel = call.started_at ? 'Started' : 'Created';
  const seconds = callDurationSeconds(call, now);
  return (
    <tr
      role="row"
      className="relative grid grid-cols-3 content-start gap-x-3 gap-y-1.5 rounded-lg border border-slate-200 bg-white p-3 hover:bg-slate-50 xl:table-row xl:rounded-none xl:border-0 xl:border-t xl:bg-transparent xl:p-0 dark:border-slate-800 dark:bg-slate-900 dark:hover:bg-slate-800/60 xl:dark:bg-transparent"
    >
      <Cell label="Status" card="max-xl:order-1 max-xl:col-span-2" showLabel={false}>
        <StatusBadge call={call} />
      </Cell>
      <Cell label="Type" card="max-xl:order-5">
        <span className="whitespace-nowrap">{humanize(call.type)}</span>
        {/* A phone call's type already says its direction; a web call's does not. */}
        {call.direction && call.direction !== call.type ? (
          <span className="block text-xs text-slate-600 dark:text-slate-400">
            {humanize(call.direction)}
          </span>
        ) : null}
      </Cell>
      <Cell label="From → To" card="max-xl:order-3 max-xl:col-span-3" showLabel={false}>
        <Link
          to={callPath(call.id)}
          data-row-link=""
          className="font-medium text-indigo-700 after:absolute after:inset-0 after:rounded-lg after:content-[''] hover:underline focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-[-2px] focus-visible:after:outline-indigo-600 xl:after:rounded-none dark:text-indigo-300"
        >
          {parties ? (
            <>
              <span className="whitespace-nowrap">{parties.from}</span>{' '}
              <span className="whitespace-nowrap">→ {parties.to}</span>
            </>
          ) : (
            partiesLabel(call)
          )}
          {/* slate-600: slate-500 is 4.49:1 on the live section's sky tint. */}
          <span className="block font-mono text-xs font-normal text-slate-600 dark:text-slate-400">
            <span className="sr-only">id </span>
            {shortId(call.id)}
          </span>
        </Link>
      </Cell>
      <Cell label="Agent" card="max-xl:order-4 max-xl:col-span-2" className="xl:min-w-32">
        <AgentName agentId={call.agent_id} />
      </Cell>
      <Cell label={startedLabel} card="max-xl:order-2 max-xl:text-right" showLabel={false}>
        {started ? (
          // Above the row link on wide screens, so hovering shows the exact time.
          <time
            dateTime={started}
            title={`${formatDateTime(started)} · ${formatUtc(started)}`}
            className="whitespace-nowrap max-xl:text-xs xl:relative xl:z-10 max-xl:text-slate-600 max-xl:dark:text-slate-400"
          >
            {formatRelative(started, now)}
          </time>
        ) : (
          EMPTY
        )}
      </Cell>
      <Cell label="Duration" card="max-xl:order-6" empty={seconds === null}>
        <span className="tabular-nums">{formatDuration(seconds)}</span>
      </Cell>
      <Cell label="Outcome" card="max-xl:order-7" empty={!call.outcome}>
        {call.outcome ? call.outcome : EMPTY}
      </Cell>
      <Cell label="End reason" card="max-xl:order-8" empty={!call.end_reason}>
        {formatEndReason(call.end_reason)}
      </Cell>
      <Cell
        label="Cost"
        card="max-xl:order-9"
        empty={call.cost_cents === null}
        className="xl:text-right"
      >
        <span className="tabular-nums">{formatCents(call.cost_cents)}</span>
      </Cell>
      <LatencyCells latency={latency} targetMs={targetMs} />
    </tr>
  );
});

/** Median turn, slowest turn (with its number) and over-target count; unreadable latency says so. */
function LatencyCells({
  latency,
  targetMs,
}: {
  latency: CallLatencyColumns | undefined;
  targetMs: number;
}) {
  const complete = latency !== undefined && latency.completeTurns > 0;
  const unreadable =
    latency !== undefined && latency.latency !== 'ok' && latency.latency !== 'none';
  return (
    <>
      <Cell
        label="Median turn"
        card="max-xl:order-10"
        empty={!complete && !unreadable}
        className="xl:text-right"
      >
        <span className="tabular-nums">
          {complete ? formatMs(latency.medianMs) : unreadable ? 'unreadable' : EMPTY}
        </span>
      </Cell>
      <Cell label="Slowest turn" card="max-xl:order-11" empty={!complete} className="xl:text-right">
        {latency?.slowest ? (
          <span className="tabular-nums">
            {formatMs(latency.slowest.ms)}{' '}
            <span className="text-xs text-slate-600 dark:text-slate-400">
              turn {latency.slowest.turn}
            </span>
          </span>
        ) : (
          EMPTY
        )}
      </Cell>
      <Cell
        label={`Over ${formatMs(targetMs)}`}
        card="max-xl:order-12"
        empty={!complete}
        className="xl:text-right"
      >
        <span
          className={`tabular-nums ${complete && latency.overTarget > 0 ? 'font-semibold text-red-800 dark:text-red-300' : ''}`}
        >
          {complete ? latency.overTarget : EMPTY}
        </span>
      </Cell>
    </>
  );
}
