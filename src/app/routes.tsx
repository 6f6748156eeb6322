import { redirect, type RouteObject } from 'react-router';
import { AppLayout } from '../components/layout/AppLayout';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { CallPage } from '../pages/CallPage';
import { CallsPage } from '../pages/CallsPage';
import { NotFoundPage } from '../pages/NotFoundPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, path: '/', loader: () => redirect('/calls') },
      { path: '/calls', element: <CallsPage /> },
      { path: '/calls/:callId', element: <CallPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
