import { usePrefetchQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { matchPath, matchRoutes, Navigate, Route, Routes, useParams } from 'react-router';
import { callQueries, seedFromLists } from '../api/queries';
import { CallsTableSkeleton } from '../components/call-list/CallsTableSkeleton';
import { AppLayout } from './AppLayout';
import { CallPageSkeleton } from '../components/ui/Skeleton';
import { lazyWithPreload } from '../lib/lazyWithPreload';

// Each page is its own chunk: opening a call from a ticket link does not download the list,
// and the reverse.
const callsPage = lazyWithPreload(() => import('../pages/CallsPage'), 'CallsPage');
const callPage = lazyWithPreload(() => import('../pages/CallPage'), 'CallPage');
const latencyPage = lazyWithPreload(() => import('../pages/LatencyPage'), 'LatencyPage');
const notFoundPage = lazyWithPreload(() => import('../pages/NotFoundPage'), 'NotFoundPage');
const CallsPage = callsPage.Component;
const CallPage = callPage.Component;
const LatencyPage = latencyPage.Component;
const NotFoundPage = notFoundPage.Component;

/**
 * Starts fetching what the page at `pathname` shows. At start-up this runs before React renders,
 * so the call's JSON is read while the page's chunk evaluates (the route does it too, for
 * navigation inside the app; a fetch in flight is not repeated).
 */
export function prefetchPageData(queryClient: QueryClient, pathname: string): void {
  // matchRoutes decodes the path the way the router does for useParams (matchPath alone does
  // not), so the prefetched query has the key the page will ask for.
  const callId = matchRoutes([{ path: '/calls/:callId' }], pathname)?.[0]?.params.callId;
  if (callId) void queryClient.prefetchQuery(callQueries.detail(callId));
}

/** Loads the chunk of the page at `pathname`, so the first render need not suspend. */
export function preloadPage(pathname: string): Promise<unknown> {
  if (matchPath('/calls/:callId', pathname)) return callPage.preload();
  if (matchPath('/calls', pathname)) return callsPage.preload();
  if (matchPath('/latency', pathname)) return latencyPage.preload();
  if (pathname === '/') return Promise.resolve();
  return notFoundPage.preload();
}

/** The list, with the call page's chunk fetched ahead: a row is the likely next click. */
function CallsRoute() {
  useEffect(() => {
    const timer = setTimeout(() => void callPage.preload().catch(() => undefined), 1_000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Suspense fallback={<CallsTableSkeleton />}>
      <CallsPage />
    </Suspense>
  );
}

/**
 * Starts fetching the call while the page's chunk downloads, instead of after it. A call opened
 * from the list shows at once from the list's copy, and this read refreshes it.
 */
function CallRoute() {
  const { callId = '' } = useParams();
  const queryClient = useQueryClient();
  usePrefetchQuery({ ...callQueries.detail(callId), ...seedFromLists(queryClient, callId) });
  return (
    <Suspense fallback={<CallPageSkeleton />}>
      <CallPage />
    </Suspense>
  );
}

/**
 * The console's routes, in React Router's declarative mode: the data router's loaders and
 * lazy routes cost ~17 KiB gzip more, and the call's prefetch is all they did for us
 * (docs/ARCHITECTURE.md).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/calls" replace />} />
        <Route path="calls" element={<CallsRoute />} />
        <Route path="calls/:callId" element={<CallRoute />} />
        <Route
          path="latency"
          element={
            <Suspense fallback={<CallsTableSkeleton />}>
              <LatencyPage />
            </Suspense>
          }
        />
        <Route
          path="*"
          element={
            <Suspense fallback={null}>
              <NotFoundPage />
            </Suspense>
          }
        />
      </Route>
    </Routes>
  );
}
