import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { parseCall } from '../api/parse';
import { callQueries, consoleQueries } from '../api/queries';
import { afterFirstPaint } from '../lib/afterFirstPaint';
import { setRenderEnvSource } from '../lib/renderEnv';
import { App } from './App';
import { rememberFormatting } from './formattingCookie';
import { createQueryClient } from './queryClient';
import { preloadPage } from './routes';
import { browserFormatting, readSsrData } from './ssrData';

/** A performance mark at the start of hydration. */
export const HYDRATION_MARK = 'console:hydration';

/**
 * Hydrates a call page the server rendered, from the call it embedded (no second fetch), and
 * resolves true; false when the page cannot be hydrated (the caller renders as always). A page
 * rendered for another locale or time zone than this browser's (a stale cookie) is rendered
 * afresh instead, so the reader never sees the server's guess.
 *
 * Nothing here runs before the server's HTML is on screen: reading the embedded call, Intl's
 * first use (~30 ms in a CPU profile), storage and hydration itself all wait for the first
 * contentful paint. Measured (Long Animation Frames, npm run bench): run any earlier, they
 * landed between the first frame's paint and its presentation.
 */
export async function hydrateServerPage(container: HTMLElement): Promise<boolean> {
  // public/start-after-paint.js asked for the page's chunk with this one; hydrating before it
  // evaluates would only suspend.
  const page = preloadPage(window.location.pathname).catch(() => undefined);
  await new Promise<void>((resolve) => afterFirstPaint(resolve));
  const own = browserFormatting();
  // Kept fresh on every visit, as client-rendered pages do on their load event.
  rememberFormatting(own);
  const data = readSsrData(document);
  if (!data || container.firstElementChild === null) return false;
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
  await page;
  // Where hydration began on the page's timeline (the browser test checks it follows the paint).
  performance.mark(HYDRATION_MARK);
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
  return true;
}
