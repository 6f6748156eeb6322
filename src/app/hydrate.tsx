import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { parseCall } from '../api/parse';
import { callQueries, consoleQueries } from '../api/queries';
import { afterFrames } from '../lib/afterFrames';
import { setRenderEnvSource } from '../lib/renderEnv';
import { App } from './App';
import { createQueryClient } from './queryClient';
import { preloadPage } from './routes';
import { browserFormatting, readSsrData } from './ssrData';

/**
 * Hydrates a call page the server rendered, from the call it embedded (no second fetch), and
 * returns true; false when the page was not server-rendered (the caller renders as always).
 * A page rendered for another locale or time zone than this browser's (a stale cookie) is
 * rendered afresh instead, so the reader never sees the server's guess.
 */
export function hydrateServerPage(container: HTMLElement): boolean {
  const data = readSsrData(document);
  if (!data || container.firstElementChild === null) return false;
  const own = browserFormatting();
  if (own.locale !== data.locale || own.timeZone !== data.timeZone) return false;
  let call;
  try {
    call = parseCall(data.call);
  } catch {
    return false; // the server renders only calls that parse; this is belt and braces
  }
  const queryClient = createQueryClient();
  queryClient.setQueryData(consoleQueries.config().queryKey, data.config);
  queryClient.setQueryData(callQueries.detail(data.callId).queryKey, call, {
    updatedAt: Math.min(data.fetchedAt, Date.now()),
  });
  // While hydrating, clocks read the server's render time (a live call's running duration
  // would otherwise differ from the server's text); useNow reads it only then.
  const env = { now: data.now, theme: data.theme };
  setRenderEnvSource(() => env);
  const hydrate = () =>
    hydrateRoot(
      container,
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
      {
        // Surfaced so browser tests fail on any mismatch (test/browser/ssr.spec.ts).
        onRecoverableError: (error, info) =>
          console.error('Hydration error:', error, info.componentStack ?? ''),
      },
    );
  // The page's chunk is preloaded by the server's hints; hydrating before it evaluates would
  // only suspend. Hydration is one long task: let the browser paint the server's HTML first.
  const page = preloadPage(window.location.pathname).catch(() => undefined);
  // Measured (npm run bench): when the scripts are ready as the HTML ends, Chromium ran them,
  // hydration included, before its first paint.
  const painted = new Promise<void>((resolve) => afterFrames(1, resolve));
  void Promise.all([page, painted]).then(hydrate);
  return true;
}
