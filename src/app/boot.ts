import type { QueryClient } from '@tanstack/react-query';
import { consoleQueries } from '../api/queries';
import type { ConsoleConfig } from '../api/schema';
import { createQueryClient } from './queryClient';

const DEMO_FALLBACK: ConsoleConfig = { mode: 'demo', readOnly: false, user: null };

/**
 * Asks the console server which mode it runs in. Without a server that answers (static hosting,
 * or no key set) the console runs on demo data, which MSW serves from a service worker.
 */
export async function bootConsole(): Promise<{ queryClient: QueryClient; config: ConsoleConfig }> {
  const queryClient = createQueryClient();
  const options = consoleQueries.config();
  let config = DEMO_FALLBACK;
  try {
    config = await queryClient.fetchQuery({ ...options, retry: false });
  } catch {
    queryClient.setQueryData(options.queryKey, DEMO_FALLBACK);
  }
  if (config.mode === 'demo') {
    try {
      const { startDemoWorker } = await import('../mocks/browser');
      await startDemoWorker();
    } catch (error) {
      // The page still renders; every /v1 request then shows its own clear error.
      console.error('Demo mode could not start its service worker', error);
    }
  }
  return { queryClient, config };
}
