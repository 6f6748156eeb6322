import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useMemo, useState, useSyncExternalStore } from 'react';
import { fleetProgress, fleetQueries, type FleetAnswer, type FleetParams } from '../api/fleet';
import { AgentsTable, ProvidersTable } from '../components/latency-fleet/AgentsTable';
import { ComponentsTable } from '../components/latency-fleet/ComponentsTable';
import { FleetFilters } from '../components/latency-fleet/FleetFilters';
import { FleetHeadline } from '../components/latency-fleet/FleetHeadline';
import { FleetProgressBar } from '../components/latency-fleet/FleetProgressBar';
import { FleetSourceNote } from '../components/latency-fleet/FleetSourceNote';
import { SlowestCalls } from '../components/latency-fleet/SlowestCalls';
import { useFleetUrlState } from '../components/latency-fleet/useFleetUrlState';
import { useLatencyTarget } from '../components/shared/useLatencyTarget';
import { ErrorState } from '../components/ui/ErrorState';
import { SkeletonBlock } from '../components/ui/Skeleton';
import { localDay, localDayStart, writeFleetUrlState } from '../lib/fleet/urlState';
import { formatMs } from '../lib/format';
import { lazyWithPreload } from '../lib/lazyWithPreload';

// Recharts stays out of the page's chunk: the figures and tables show while it loads.
const fleetCharts = lazyWithPreload(
  () => import('../components/latency-fleet/FleetCharts'),
  'default',
);
const FleetCharts = fleetCharts.Component;

// Day buckets start at the viewer's midnight; fixed for the page's life so the key is stable.
const TZ_OFFSET_MIN = -new Date().getTimezoneOffset();

function ChartsFallback() {
  return <SkeletonBlock className="h-64 w-full" />;
}

/**
 * `/latency`: latency across the most recent calls, aggregated by the console server (or demo
 * mode's handler). The browser gets only the figures and one compact row per call.
 */
export function LatencyPage({ chartWidth }: { chartWidth?: number } = {}) {
  const { state, update } = useFleetUrlState();
  const [targetMs] = useLatencyTarget();
  const queryClient = useQueryClient();
  const view = writeFleetUrlState(state).toString();
  // "Read again" asks the server to skip its cache, for this view only.
  const [freshView, setFreshView] = useState<string | null>(null);
  const [cancelledView, setCancelledView] = useState<string | null>(null);

  const base = useMemo<FleetParams>(
    () => ({
      limit: state.limit,
      agentId: state.agentId || undefined,
      status: state.status || undefined,
      type: state.type || undefined,
      targetMs,
      tzOffsetMin: TZ_OFFSET_MIN,
    }),
    [state.limit, state.agentId, state.status, state.type, targetMs],
  );
  const params = useMemo<FleetParams>(
    () => ({
      ...base,
      from: state.from ? localDayStart(state.from) : undefined,
      to: state.to ? localDayStart(state.to, 1) : undefined,
      fresh: freshView === view || undefined,
    }),
    [base, state.from, state.to, freshView, view],
  );
  const options = fleetQueries.window(params);
  const query = useQuery({
    ...options,
    placeholderData: keepPreviousData,
    // A window can be 50 pages of the API: read it when asked, not on every focus.
    refetchOnWindowFocus: false,
    enabled: cancelledView !== view,
  });
  const progress = useSyncExternalStore(fleetProgress.subscribe, () => fleetProgress.get(params));

  const cancel = () => {
    setCancelledView(view);
    void queryClient.cancelQueries({ queryKey: options.queryKey });
  };
  const readAgain = () => {
    setCancelledView(null);
    if (freshView === view) void query.refetch();
    else setFreshView(view);
  };

  // Agents offered: every agent seen in any window read so far (the API cannot list agents).
  const windows = queryClient.getQueriesData<FleetAnswer>({ queryKey: fleetQueries.windows() });
  const agentIds = windows.flatMap(
    ([, a]) => a?.result.byAgent.flatMap((r) => r.agentId ?? []) ?? [],
  );
  // Date bounds: the span of the window without its date filter (cached when it was read).
  const undated =
    queryClient.getQueryData(fleetQueries.window(base).queryKey) ??
    (state.from || state.to ? undefined : query.data);
  const span = {
    first: localDay(undated?.result.span.first ?? null),
    last: localDay(undated?.result.span.last ?? null),
  };

  const answer = query.data;
  const reading = query.isFetching;
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Latency across calls</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Which component, agent, provider and load level is slow, over the most recent calls. Turn
          target {formatMs(targetMs)} (the call page’s setting).
        </p>
      </div>

      <FleetFilters state={state} update={update} agentIds={agentIds} span={span} />

      {reading ? (
        <FleetProgressBar progress={progress} limit={state.limit} onCancel={cancel} />
      ) : null}

      {cancelledView === view && !reading ? (
        <p role="status" className="flex flex-wrap items-center gap-2 text-sm">
          Reading stopped{answer ? '; the figures below are from the previous view' : ''}.
          <button
            type="button"
            onClick={readAgain}
            className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Read again
          </button>
        </p>
      ) : null}

      {query.isError ? (
        <ErrorState error={query.error} subject="latency across calls" onRetry={readAgain} />
      ) : null}

      {answer ? (
        <div
          aria-busy={query.isPlaceholderData || undefined}
          className={query.isPlaceholderData ? 'space-y-4 opacity-60' : 'space-y-4'}
        >
          <FleetSourceNote answer={answer} refreshing={reading} onRefresh={readAgain} />
          <FleetHeadline answer={answer} />
          <ComponentsTable result={answer.result} />
          <Suspense fallback={<ChartsFallback />}>
            <FleetCharts result={answer.result} part="turns" chartWidth={chartWidth} />
          </Suspense>
          <AgentsTable result={answer.result} />
          <ProvidersTable result={answer.result} />
          <Suspense fallback={<ChartsFallback />}>
            <FleetCharts result={answer.result} part="load-time" chartWidth={chartWidth} />
          </Suspense>
          <SlowestCalls result={answer.result} />
        </div>
      ) : null}
    </div>
  );
}
