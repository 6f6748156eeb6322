import { useQuery, useQueryClient } from '@tanstack/react-query';
import { callQueries } from '../../../api/queries';
import type { Call } from '../../../api/schema';
import { callWatch, pollingPhase, type PollingPhase } from '../../../api/polling';

/**
 * The polling state of one call's detail query, read from the same query (and the same watch)
 * that decides its refetchInterval, so what the page says always matches what it does.
 */
export function useCallPolling(call: Call, now: number) {
  const client = useQueryClient();
  const query = useQuery(callQueries.detail(call.id));
  const cached = client
    .getQueryCache()
    .find({ queryKey: callQueries.detail(call.id).queryKey, exact: true });
  const data = query.data ?? call;
  const phase: PollingPhase = pollingPhase(
    data,
    cached
      ? callWatch.observe(cached, data, now, query.dataUpdatedAt)
      : {
          now,
          updatedAt: query.dataUpdatedAt,
          terminalSeenAt: null,
          seenLive: false,
          postCallSeenAt: null,
        },
  );
  return {
    call: data,
    phase,
    updatedAt: query.dataUpdatedAt,
    // A failed poll: the query keeps the last good data, and the page says it may be stale.
    staleError: query.isError && query.data !== undefined ? query.error : null,
    isFetching: query.isFetching,
    refetch: query.refetch,
  };
}
