import type { QueryClient } from '@tanstack/react-query';
import { redirect, type RouteObject } from 'react-router';
import { callQueries } from '../api/queries';
import { AppLayout } from '../components/layout/AppLayout';
import { RouteErrorPage } from '../pages/RouteErrorPage';

/**
 * Each page is its own chunk: opening a call from a ticket link does not download the list, and
 * the reverse. Given a QueryClient, the call route starts fetching the call while its chunk
 * downloads, instead of after (the loader does not wait for it; the page shows its own states).
 */
export function createRoutes(queryClient?: QueryClient): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, path: '/', loader: () => redirect('/calls') },
        {
          path: '/calls',
          lazy: async () => ({ Component: (await import('../pages/CallsPage')).CallsPage }),
        },
        {
          path: '/calls/:callId',
          loader: ({ params }) => {
            if (queryClient && params.callId) {
              void queryClient.prefetchQuery(callQueries.detail(params.callId));
            }
            return null;
          },
          lazy: async () => ({ Component: (await import('../pages/CallPage')).CallPage }),
        },
        {
          path: '*',
          lazy: async () => ({ Component: (await import('../pages/NotFoundPage')).NotFoundPage }),
        },
      ],
    },
  ];
}

export const routes = createRoutes();
