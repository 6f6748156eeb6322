import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, type ListCallsParams } from './client';
import type { Call, CallPage } from './schema';
import { isApiError } from './errors';
import { callRefetchInterval, callWatch, listRefetchInterval } from './polling';

/**
 * One queryOptions factory per resource. Keys go from general to specific, so
 * `invalidateQueries({ queryKey: callQueries.all() })` reaches every call query.
 * Polling rules (refetchInterval as a function of the data) are in src/api/polling.ts.
 */
export const callQueries = {
  all: () => ['calls'] as const,
  lists: () => [...callQueries.all(), 'list'] as const,
  list: (params: ListCallsParams) =>
    queryOptions({
      queryKey: [...callQueries.lists(), params] as const,
      queryFn: ({ signal }) => api.listCalls(params, signal),
      refetchInterval: (query) => listRefetchInterval(params.status, query.state.data?.items),
    }),
  details: () => [...callQueries.all(), 'detail'] as const,
  detail: (callId: string) =>
    queryOptions({
      queryKey: [...callQueries.details(), callId] as const,
      queryFn: ({ signal }) => api.getCall(callId, signal),
      // Live calls every 2 s; an ended call until its post-call data arrives, plus one more read
      // (30 s at most). See src/api/polling.ts. A failed poll keeps the data and the interval
      // keeps going.
      refetchInterval: (query) =>
        callRefetchInterval(
          query.state.data,
          callWatch.observe(query, query.state.data, Date.now(), query.state.dataUpdatedAt),
        ),
      // Nobody reads a hidden tab: pause, and refetch on return (refetchOnWindowFocus).
      refetchIntervalInBackground: false,
      // A call seeded from a list page (seedFromLists) is read again at once, in the background;
      // after its own first read it is fresh for the app's usual 5 s.
      staleTime: (query) => (query.state.dataUpdateCount === 0 ? 0 : CALL_FRESH_MS),
    }),
};

const CALL_FRESH_MS = 5_000;

/** The call as the newest list page in the cache holds it (parsed by the same schema). */
function listedCall(client: QueryClient, callId: string): { call: Call; at: number } | undefined {
  let found: { call: Call; at: number } | undefined;
  for (const query of client.getQueryCache().findAll({ queryKey: callQueries.lists() })) {
    const call = (query.state.data as CallPage | undefined)?.items.find((c) => c.id === callId);
    if (call && (!found || query.state.dataUpdatedAt > found.at)) {
      found = { call, at: query.state.dataUpdatedAt };
    }
  }
  return found;
}

/**
 * Seeds a call's query from the list it was opened from ("seeding the query cache", TkDodo):
 * every list item is a full CallResponse, so the page shows at once and refreshes behind it.
 */
export function seedFromLists(client: QueryClient, callId: string) {
  return {
    initialData: () => listedCall(client, callId)?.call,
    initialDataUpdatedAt: () => listedCall(client, callId)?.at,
  };
}

export const agentQueries = {
  all: () => ['agents'] as const,
  detail: (agentId: string) =>
    queryOptions({
      queryKey: [...agentQueries.all(), agentId] as const,
      queryFn: ({ signal }) => api.getAgent(agentId, signal),
      // Agent names rarely change; one fetch per session is plenty.
      staleTime: 10 * 60_000,
      // A failed lookup (an agent the API does not know) is not asked again by every part of
      // the page that names the agent as it mounts; the id stands in for the name.
      retryOnMount: false,
    }),
};

export const consoleQueries = {
  config: () =>
    queryOptions({
      queryKey: ['console', 'config'] as const,
      queryFn: ({ signal }) => api.getConsoleConfig(signal),
      staleTime: Infinity,
    }),
};

/** Retry transient failures only; a 401/404/422 will not fix itself. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isApiError(error)) return failureCount < 2;
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server') {
    return failureCount < 2;
  }
  if (error.kind === 'rate_limited') return failureCount < 1;
  return false;
}

export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterSeconds !== null) {
    return Math.min(error.retryAfterSeconds * 1000, 30_000);
  }
  return Math.min(500 * 2 ** failureCount, 8_000);
}
