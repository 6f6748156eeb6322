import path from 'node:path';
import type { Request, RequestHandler, Response } from 'express';
import type { CallRenderInput, SsrData } from '../../src/entry-server.ts';
import type { ServerConfig } from '../config.ts';
import { consoleConfigOf } from '../consoleApp.ts';
import { headExtras, indexTemplate, manifestNextTo, nonceOf, withHead } from '../indexPage.ts';
import { errorFields, type Logger } from '../logger.ts';
import { CALL_ROUTE, routeChunks } from '../routeHints.ts';
import type { Upstream } from '../upstream/index.ts';
import { framingProblem } from '../v1/framing.ts';
import { formattingOf } from './formatting.ts';
import { stylesheetInliner } from './inlineStylesheet.ts';
import { appScripts, takeEntryScript } from './startAfterPaint.ts';
import { themeOf, withTheme } from './theme.ts';

/** What the server build of src/entry-server.ts offers this module. */
export interface CallRenderer {
  renderCallPage: (input: CallRenderInput) => Promise<string>;
  jsonScriptText: (value: unknown) => string;
  SSR_DATA_ID: string;
}

/** How long the API may take before the page is left to the browser (issue 15: ~300 ms). */
export const SSR_API_BUDGET_MS = 300;
/**
 * How long the app's scripts wait for the API to begin answering. A server-rendered page loads
 * them once painted (./startAfterPaint.ts); but an API this slow leaves the browser idle, and
 * downloading the app meanwhile is worth more than a first frame free of it (and a page that
 * then falls back needs it at once).
 */
export const SCRIPTS_WAIT_MS = 100;
/** How long rendering may take (the 5,000-message call takes ~50 ms). */
export const SSR_RENDER_BUDGET_MS = 1_000;

const ROOT = '<div id="root"></div>';

export interface CallPageOptions {
  indexFile: string;
  upstream: Upstream;
  renderer: CallRenderer;
  logger: Logger;
  apiBudgetMs?: number;
}

/**
 * Server rendering of /calls/:id, live mode only (mounted after auth, so only for a signed-in
 * request). The head, with the stylesheet inlined and without the app's scripts, goes out at
 * once. The call is read through server/upstream like any /v1 read. A rendered page loads the
 * app once it is on screen (./startAfterPaint.ts); if the API is slow to begin answering, the
 * scripts go out while it is awaited. When the API is slow, answers anything but 200, or the
 * call fails to render, the body is today's empty root with the app's scripts, and the browser
 * renders (and fetches) as it always has: never a 500 page.
 */
export function serverRenderedCallPage(
  config: ServerConfig,
  options: CallPageOptions,
): RequestHandler {
  const { upstream, renderer, logger } = options;
  const template = indexTemplate(options.indexFile);
  const manifest = manifestNextTo(options.indexFile);
  const apiBudgetMs = options.apiBudgetMs ?? SSR_API_BUDGET_MS;
  const inlineStylesheet = stylesheetInliner(path.dirname(options.indexFile));
  // The template is read once, so is its entry script.
  let split: { html: string; moved: ReturnType<typeof takeEntryScript> } | null = null;
  const entryScript = (html: string) => {
    if (split?.html !== html) split = { html, moved: takeEntryScript(html) };
    return split.moved;
  };

  /** The call, or undefined for any answer but 200. `slow` runs if no answer has begun soon. */
  async function readCall(callId: string, res: Response, slow: () => void): Promise<unknown> {
    const budget = new AbortController();
    const timer = setTimeout(() => budget.abort(), apiBudgetMs);
    const slowTimer = setTimeout(slow, SCRIPTS_WAIT_MS);
    res.once('close', () => budget.abort());
    try {
      const answer = await upstream.request('getCall', { id: callId }, { signal: budget.signal });
      // Reading and rendering a large call is this server's own work, not a wait.
      clearTimeout(slowTimer);
      if (answer.status !== 200) {
        answer.body.destroy();
        return undefined;
      }
      return await answer.json();
    } finally {
      clearTimeout(timer);
      clearTimeout(slowTimer);
    }
  }

  return (req: Request, res: Response, next) => {
    const callId = CALL_ROUTE.exec(req.path)?.[1];
    const formatting = formattingOf(req);
    // Only a plain GET reads the API here: a HEAD has no use for the call, and a request
    // framed with a body, Transfer-Encoding or Expect is refused on /v1 (v1/framing.ts), so it
    // gets the page the browser renders and no read with the key on its behalf.
    if (
      !callId ||
      !formatting ||
      req.method !== 'GET' ||
      framingProblem(req) !== null ||
      !isPageNavigation(req)
    ) {
      next();
      return;
    }
    void template().then(async (html) => {
      const at = html.indexOf(ROOT);
      if (at < 0) {
        next();
        return;
      }
      const theme = themeOf(req);
      const moved = entryScript(html);
      const { tags, startAfterPaint } = moved
        ? appScripts(moved.entry, routeChunks(req.path, manifest, { serverRendered: true }))
        : { tags: '', startAfterPaint: '' };
      const page = withTheme(
        withHead(
          await inlineStylesheet(moved?.page ?? html, nonceOf(res)),
          // Unless the entry stayed in the head (a build this cannot read), the preloads go
          // with it, wherever it goes.
          headExtras(req, res, 'live', manifest, { fetchCall: false, modulePreloads: !moved }),
        ),
        theme,
      );
      const rootAt = page.indexOf(ROOT);
      const flush = () => (res as Response & { flush?: () => void }).flush?.();
      res.status(200).set('Cache-Control', 'no-store').type('html');
      res.write(page.slice(0, rootAt));
      flush();
      const tail = page.slice(rootAt + ROOT.length);
      let scriptsSent = false;
      const sendScripts = () => {
        if (scriptsSent || res.destroyed) return;
        scriptsSent = true;
        res.write(tags);
        flush();
      };
      let body = '';
      let data: SsrData | null = null;
      const started = performance.now();
      try {
        const raw = await readCall(callId, res, sendScripts);
        if (raw !== undefined) {
          const now = Date.now();
          const rendered = await renderer.renderCallPage({
            path: req.path,
            callId,
            raw,
            config: consoleConfigOf(config, req),
            ...formatting,
            now,
            theme: theme ?? undefined,
            budgetMs: SSR_RENDER_BUDGET_MS,
          });
          data = {
            callId,
            call: raw,
            config: consoleConfigOf(config, req),
            ...formatting,
            now,
            theme: theme ?? undefined,
            fetchedAt: now,
          };
          body = `<div id="root">${rendered}</div>`;
        }
      } catch (error) {
        logger.log('warn', 'server rendering fell back to the browser', {
          path: req.path,
          ms: Math.round(performance.now() - started),
          ...errorFields(error),
        });
      }
      if (res.destroyed) return;
      if (!data) {
        res.end(ROOT + (scriptsSent ? '' : tags) + tail);
        return;
      }
      // The first screen goes out before the call's JSON is even serialised: for the
      // 5,000-message call that block is ~800 KB, and the browser can paint without it.
      res.write(body);
      flush();
      const json = renderer.jsonScriptText(data);
      if (res.destroyed) return;
      res.end(
        // After the call, so the app finds it whenever its script runs.
        `<script type="application/json" id="${renderer.SSR_DATA_ID}">${json}</script>${scriptsSent ? '' : startAfterPaint}${tail}`,
      );
    }, next);
  };
}

/** A top-level navigation (a page load), as opposed to a script, image or fetch. */
export function isPageNavigation(req: Request): boolean {
  const dest = req.get('sec-fetch-dest');
  if (dest !== undefined) return dest === 'document';
  return (req.get('accept') ?? '').includes('text/html');
}
