import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { consoleQueries } from '../../../src/api/queries';
import type { ConsoleConfig } from '../../../src/api/schema';
import { createRoutes } from '../../../src/app/routes';

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

/** Renders the whole app (real routes) at a URL, the way a user arrives from a link. */
export function renderApp(
  url: string,
  options: { config?: Partial<ConsoleConfig>; client?: QueryClient } = {},
) {
  const client = options.client ?? createTestQueryClient(options.config);
  const router = createMemoryRouter(createRoutes(client), { initialEntries: [url] });
  const user = userEvent.setup();
  const utils = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...utils, user, router, client };
}
