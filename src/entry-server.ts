/**
 * The one door from server/ into src/ (issue 14's layers; an ESLint rule keeps it so). It
 * re-exports what the console server needs and holds issue 15's server rendering. Built for Node
 * by `vite build --ssr` into dist/server; tests import it directly.
 */

// ---- Fleet view (issue 16; docs/notes/fleet.md) ----
export {
  createFleetCache,
  encodeFleetLine,
  FLEET_CONTENT_TYPE,
  FLEET_PAGE_SIZE,
  FleetSourceError,
  parseFleetRequest,
  readFleetPage,
  runFleetJob,
  type FetchFleetPage,
  type FleetCache,
  type FleetJobOutcome,
  type FleetLine,
  type FleetQuery,
  type FleetRequest,
  type FleetSourceFailure,
} from './lib/fleet';

// ---- Server rendering of /calls/:id (issue 15; docs/notes/ssr.md) ----
import { AsyncLocalStorage } from 'node:async_hooks';
import { Writable } from 'node:stream';
import { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToPipeableStream } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { parseCall } from './api/parse';
import { callQueries, consoleQueries } from './api/queries';
import type { ConsoleConfig } from './api/schema';
import { AppFrame } from './app/App';
import { AppRoutes, preloadPage } from './app/routes';
import { jsonScriptText, SSR_DATA_ID, type SsrData } from './app/ssrData';
import { setRenderEnvSource, type RenderEnv } from './lib/renderEnv';

export { jsonScriptText, SSR_DATA_ID, type SsrData };

// Each request formats with its reader's locale and time zone, even when renders interleave.
const requestEnv = new AsyncLocalStorage<RenderEnv>();
setRenderEnvSource(() => requestEnv.getStore());

export interface CallRenderInput {
  /** The page's path, e.g. /calls/abc. */
  path: string;
  callId: string;
  /** The call as the API answered it (already scrubbed by server/upstream). */
  raw: unknown;
  config: ConsoleConfig;
  locale: string;
  timeZone: string;
  now: number;
  /** The theme <html> carries (server/ssr/theme.ts); unknown: light, as before. */
  theme?: 'dark' | 'light';
  /** Past this, the render is abandoned (the page falls back to client rendering). */
  budgetMs: number;
}

/**
 * The call page's HTML (what goes inside #root). Rejects when the call does not parse, when
 * anything fails to render, or past the budget: the caller then serves the client-rendered
 * page, which shows today's error states. The whole tree is rendered before anything is
 * written: a boundary left to the client would cost an inline script, which the CSP forbids.
 */
export async function renderCallPage(input: CallRenderInput): Promise<string> {
  const call = parseCall(input.raw);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: false } },
  });
  queryClient.setQueryData(callQueries.detail(input.callId).queryKey, call);
  queryClient.setQueryData(consoleQueries.config().queryKey, input.config);
  await preloadPage(input.path);
  const env: RenderEnv = {
    locale: input.locale,
    timeZone: input.timeZone,
    now: input.now,
    theme: input.theme,
  };
  const render = () => requestEnv.run(env, () => renderToString(queryClient, input));
  // A part whose chunk this process has not loaded yet (the JSON tree of a call with schema
  // issues, say) suspends once, and React marks that with inline script. Its chunk is loaded by
  // then, so a second pass renders it in place.
  for (let pass = 0; pass < 2; pass++) {
    const html = await render();
    if (!html.includes('<script')) return html;
  }
  throw new Error('the call page suspended twice: it would need inline script');
}

function renderToString(queryClient: QueryClient, input: CallRenderInput): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        html += String(chunk);
        done();
      },
      final(done) {
        resolve(html);
        done();
      },
    });
    const errors: unknown[] = [];
    const tree = createElement(AppFrame, {
      queryClient,
      children: createElement(StaticRouter, { location: input.path }, createElement(AppRoutes)),
    });
    const timer = setTimeout(() => {
      abort(new Error(`render took over ${input.budgetMs} ms`));
      reject(new Error(`render took over ${input.budgetMs} ms`));
    }, input.budgetMs);
    const { pipe, abort } = renderToPipeableStream(tree, {
      // React outlines a completed boundary bigger than this and reveals it with inline script;
      // the whole page is written at once anyway, so no boundary is ever outlined.
      progressiveChunkSize: Number.MAX_SAFE_INTEGER,
      onShellError: (error) => {
        clearTimeout(timer);
        reject(error);
      },
      onError: (error) => {
        errors.push(error);
      },
      onAllReady: () => {
        clearTimeout(timer);
        if (errors.length > 0) reject(errors[0]);
        else pipe(sink);
      },
    });
  });
}
// ---- end of server rendering ----
