import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import userEvent from '@testing-library/user-event';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router';
import { consoleQueries } from '../../../src/api/queries';
import type { ConsoleConfig } from '../../../src/api/schema';
import { AppRoutes } from '../../../src/app/routes';

export function createTestQueryClient(config: Partial<ConsoleConfig> = {}) {
  const client = new QueryClient({
    // The app's staleTime (src/app/queryClient.ts), so a prefetched call is not fetched twice.
    defaultOptions: { queries: { retry: false, staleTime: 5_000 }, mutations: { retry: false } },
  });
  client.setQueryData(consoleQueries.config().queryKey, {
    mode: 'demo',
    readOnly: false,
    user: null,
    ...config,
  });
  return client;
}

/** Where the app is, and a way to move it, as a test sees them (the router's own state). */
export interface TestRouter {
  readonly state: { readonly location: Location };
  navigate: (to: string | number) => Promise<void>;
}

function RouterProbe({
  report,
}: {
  report: (location: Location, navigate: NavigateFunction) => void;
}) {
  const location = useLocation();
  const navigate = useNavigate();
  useLayoutEffect(() => report(location, navigate));
  return null;
}

/** The app's routes inside a memory router, with a probe that reports its location. */
export function routedApp(url: string): { element: React.ReactElement; router: TestRouter } {
  const probe: { location?: Location; navigate?: NavigateFunction } = {};
  const router: TestRouter = {
    get state() {
      return { location: probe.location! };
    },
    navigate: async (to) => {
      await act(async () => {
        await probe.navigate!(to as string);
      });
    },
  };
  const element = (
    <MemoryRouter initialEntries={[url]}>
      <AppRoutes />
      <RouterProbe
        report={(location, navigate) => {
          probe.location = location;
          probe.navigate = navigate;
        }}
      />
    </MemoryRouter>
  );
  return { element, router };
}

/** Renders the whole app (real routes) at a URL, the way a user arrives from a link. */
export function renderApp(
  url: string,
  options: { config?: Partial<ConsoleConfig>; client?: QueryClient } = {},
) {
  const client = options.client ?? createTestQueryClient(options.config);
  const { element, router } = routedApp(url);
  const user = userEvent.setup();
  const utils = render(<QueryClientProvider client={client}>{element}</QueryClientProvider>);
  return { ...utils, user, router, client };
}
