import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { agentQueries, callQueries } from '../api/queries';
import type { Agent } from '../api/schema';
import { CallsFilters } from '../components/call-list/CallsFilters';
import { CallsResults } from '../components/call-list/CallsResults';
import { CallsTableSkeleton } from '../components/call-list/CallsTableSkeleton';
import { LiveCallsSection } from '../components/call-list/LiveCallsSection';
import { Pagination } from '../components/call-list/Pagination';
import { useListState } from '../components/call-list/useListState';
import { ErrorState } from '../components/ui/ErrorState';
import { statusLabel } from '../api/callStatus';
import { CLIENT_FILTER_KEYS, hasFilters, pageOffset } from '../lib/list/listUrlState';
import { Button } from '../components/ui/Button';

/** `/calls`: find a call. Live calls first, then the API's pages, all filters in the URL. */
export function CallsPage() {
  const { state, update } = useListState();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...callQueries.list({
      limit: state.pageSize,
      offset: pageOffset(state),
      status: state.status || undefined,
      agentId: state.agentId || undefined,
    }),
    // Keep the old page on screen (dimmed) while the next one loads, instead of a skeleton.
    placeholderData: keepPreviousData,
  });

  // The API cannot list agents, so the agent filter offers every agent seen so far.
  const seenAgents = queryClient
    .getQueriesData<Agent>({ queryKey: agentQueries.all() })
    .flatMap(([, agent]) => (agent ? [agent.id] : []));
  const agentIds = [...(query.data?.items.map((c) => c.agent_id) ?? []), ...seenAgents];

  const refreshAll = () => void queryClient.invalidateQueries({ queryKey: callQueries.lists() });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <h1 className="text-2xl font-semibold">Calls</h1>
        <Button onClick={refreshAll}>Refresh</Button>
        <p className="basis-full text-sm text-slate-600 dark:text-slate-400">
          In the order the API returns them. The list refreshes when you come back to this window;
          live calls every few seconds.
        </p>
      </div>

      <CallsFilters
        state={state}
        update={update}
        pageCalls={query.data?.items ?? []}
        agentIds={agentIds}
      />

      {/* With a status filter the list itself shows exactly that status (and polls if live). */}
      {!state.status ? (
        <LiveCallsSection
          agentId={state.agentId}
          pageCalls={query.data?.items ?? []}
          filters={state}
          filtered={hasFilters(state, CLIENT_FILTER_KEYS)}
        />
      ) : null}

      <section aria-labelledby="all-calls-heading" className="space-y-3">
        <h2 id="all-calls-heading" className="text-base font-semibold">
          {state.status ? `${statusLabel(state.status)} calls` : 'All calls'}
        </h2>
        {query.isError && query.data ? (
          <p role="alert" className="text-sm text-red-800 dark:text-red-200">
            Could not refresh the list: {query.error.message}{' '}
            <Button variant="link" onClick={() => void query.refetch()}>
              Try again
            </Button>
          </p>
        ) : null}
        {query.data ? (
          <>
            <CallsResults
              page={query.data}
              state={state}
              update={update}
              busy={query.isPlaceholderData}
            />
            <Pagination
              state={state}
              total={query.data.total}
              pageCount={query.data.items.length}
              onPageSize={(pageSize) => update({ pageSize })}
              // The links sit under the list: start the next page at its top, not its bottom.
              onPageLink={() =>
                // jsdom has no scrollIntoView, hence the optional call.
                document.getElementById('all-calls-heading')?.scrollIntoView?.({ block: 'start' })
              }
            />
          </>
        ) : query.isError ? (
          <ErrorState error={query.error} subject="calls" onRetry={() => void query.refetch()} />
        ) : (
          <CallsTableSkeleton />
        )}
      </section>
    </div>
  );
}
