import { useQueries } from '@tanstack/react-query';
import { LIVE_STATUSES } from '../../api/callStatus';
import { LIVE_LIST_POLL_MS, isUnlistedLive } from '../../api/polling';
import { callQueries } from '../../api/queries';
import { applyClientFilters, type ClientFilters } from '../../lib/list/callFilters';
import { mergeLiveCalls } from '../../lib/list/liveCalls';
import type { Call } from '../../api/schema';
import { CallsTable } from './CallsTable';
import { useLatencyColumns } from './useLatencyColumns';
import { CallsTableSkeleton } from './CallsTableSkeleton';
import { Button } from '../ui/Button';

/** One page per live status is plenty: an organisation rarely has 100 calls in flight. */
export const LIVE_PAGE_LIMIT = 100;

/**
 * Calls in flight, above the list, refreshed every 5 s. The API filters by one status at a
 * time, so this asks once per live status and merges the answers, plus any possibly live call
 * with another status found on the page below (see isUnlistedLive).
 */
export function LiveCallsSection({
  agentId,
  pageCalls,
  filters,
  filtered,
}: {
  agentId: string;
  /** The page of the list below: the only place a call with an undocumented status shows up. */
  pageCalls: readonly Call[];
  filters: ClientFilters;
  /** Whether page-only filters are active (they narrow this section too). */
  filtered: boolean;
}) {
  const queries = useQueries({
    queries: LIVE_STATUSES.map((status) =>
      callQueries.list({
        status,
        agentId: agentId || undefined,
        limit: LIVE_PAGE_LIMIT,
        offset: 0,
      }),
    ),
  });
  const pending = queries.some((q) => q.isPending);
  const failed = queries.find((q) => q.isError);
  const live = mergeLiveCalls([
    ...queries.map((q) => q.data?.items),
    pageCalls.filter(isUnlistedLive),
  ]);
  const shown = applyClientFilters(live, filters);
  const { columns, targetMs } = useLatencyColumns(shown);
  // More live calls of one status than one page holds: say so rather than hide it.
  const truncated = queries.some(
    (q) => q.data && q.data.total !== null && q.data.total > q.data.items.length,
  );
  const retry = () => queries.forEach((q) => void q.refetch());
  const updatedAt = Math.max(...queries.map((q) => q.dataUpdatedAt));

  return (
    <section
      aria-labelledby="live-calls-heading"
      className="rounded-lg border border-sky-200 bg-sky-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/30"
    >
      <div className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="live-calls-heading" className="text-base font-semibold">
          Live now{' '}
          {!pending ? (
            <span className="ml-1 rounded-full bg-sky-700 px-2 py-0.5 text-xs font-semibold text-white tabular-nums">
              {shown.length}
            </span>
          ) : null}
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Refreshes every {LIVE_LIST_POLL_MS / 1000} s
          {updatedAt > 0 ? (
            <>
              {' '}
              · updated{' '}
              <time dateTime={new Date(updatedAt).toISOString()}>
                {new Date(updatedAt).toLocaleTimeString()}
              </time>
            </>
          ) : null}
          {filtered && live.length !== shown.length
            ? ` · ${live.length - shown.length} hidden by the page filters`
            : null}
        </p>
      </div>
      {failed && live.length === 0 ? (
        // Compact: the main list below shows the full error (a 401 would otherwise show twice).
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          Could not load live calls: {failed.error.message}{' '}
          <Button variant="link" onClick={retry}>
            Try again
          </Button>
        </p>
      ) : pending && live.length === 0 ? (
        <CallsTableSkeleton rows={2} label="Loading live calls" />
      ) : shown.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {live.length === 0
            ? 'No calls in progress right now.'
            : 'No live call matches the filters.'}
        </p>
      ) : (
        <CallsTable calls={shown} label="Live calls" latency={columns} targetMs={targetMs} />
      )}
      {truncated ? (
        <p role="note" className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Showing the first {LIVE_PAGE_LIMIT} calls of each live status; filter by status to page
          through all of them.
        </p>
      ) : null}
      {failed && live.length > 0 ? (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-200">
          Could not refresh some live calls: {failed.error.message}
        </p>
      ) : null}
    </section>
  );
}
