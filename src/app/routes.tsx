import { redirect, type RouteObject } from 'react-router';
import { AppLayout } from '../components/layout/AppLayout';
import { RouteErrorPage } from '../pages/RouteErrorPage';

// Each page is its own chunk: opening a call from a ticket link does not download the list, and
// the reverse. See the initial-JS budget in test/browser/budgets.spec.ts.
export const routes: RouteObject[] = [
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
        lazy: async () => ({ Component: (await import('../pages/CallPage')).CallPage }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('../pages/NotFoundPage')).NotFoundPage }),
      },
    ],
  },
];
