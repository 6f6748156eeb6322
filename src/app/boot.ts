import type { QueryClient } from '@tanstack/react-query';
import { consoleQueries } from '../api/queries';
import type { ConsoleConfig, ConsoleMode } from '../api/schema';
import { createQueryClient } from './queryClient';

const DEMO_FALLBACK: ConsoleConfig = { mode: 'demo', readOnly: false, user: null };

/** The console server states its mode in index.html, so boot needs no round trip for it. */
function modeHint(): ConsoleMode | null {
  const hint = document.querySelector('meta[name="console-mode"]')?.getAttribute('content');
  return hint === 'live' || hint === 'demo' ? hint : null;
}

async function startDemo() {
  try {
    const { startDemoWorker } = await import('../mocks/browser');
    await startDemoWorker();
  } catch (error) {
    // The page still renders; every /v1 request then shows its own clear error.
    console.error('Demo mode could not start its service worker', error);
  }
}

/**
 * Decides between live and demo mode before the first render. With a hint from the server the
 * rest of the config (user, read-only) loads alongside the page; until it arrives nothing that
 * depends on it (the Stop call button) is offered. Without a server that answers (static
 * hosting) the console runs on demo data, which MSW serves from a service worker.
 */
export async function bootConsole(): Promise<{ queryClient: QueryClient }> {
  const queryClient = createQueryClient();
  const options = consoleQueries.config();
  const hint = modeHint();
  if (hint) {
    void queryClient.prefetchQuery(options);
    if (hint === 'demo') await startDemo();
    return { queryClient };
  }
  let config = DEMO_FALLBACK;
  try {
    config = await queryClient.fetchQuery({ ...options, retry: false });
  } catch {
    queryClient.setQueryData(options.queryKey, DEMO_FALLBACK);
  }
  if (config.mode === 'demo') await startDemo();
  return { queryClient };
}
