import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { BrowserRouter } from 'react-router';
import { RouteErrorPage } from './RouteErrorPage';
import { AppRoutes } from './routes';

/** Everything around the router; the server renders the same frame (src/entry-server.ts). */
export function AppFrame({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    // The last line of defence (the header, the banner); pages have their own inside <main>.
    <ErrorBoundary FallbackComponent={RouteErrorPage}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ErrorBoundary>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppFrame queryClient={queryClient}>
      {/* A click renders the next page in the click's own task, not as a time-sliced
          transition: a call opened from the list (seeded from the list's cache) paints in a
          median 95 ms instead of 134 (scripts/bench, issue 15). A page whose chunk has not
          loaded shows its skeleton at once rather than holding the old page. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </AppFrame>
  );
}
