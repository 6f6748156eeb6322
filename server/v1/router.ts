import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ServerConfig } from '../config.ts';
import { matchAllowlist, type RouteParams, type UpstreamRoute } from '../upstream/routes.ts';
import { sendAnswer, sendJson } from './answers.ts';
import { describeFailure } from './failures.ts';
import { framingProblem } from './framing.ts';
import { createStopHandler, type StopDeps } from './stopRoute.ts';

/**
 * The /v1 route shared by the dev server and `npm start`: allowlist (404/405), request framing
 * (400), demo mode (503), then a read through the upstream module or the guarded stop.
 */
export function createV1Handler(config: ServerConfig, deps: StopDeps): RequestHandler {
  const stop = createStopHandler(config, deps);

  async function read(res: Response, route: UpstreamRoute, params: RouteParams) {
    // The browser went away: abandon the read (a stop, by contrast, is always seen through).
    const gone = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    try {
      sendAnswer(res, await deps.upstream.request(route.name, params, { signal: gone.signal }));
    } catch (error) {
      if (gone.signal.aborted) return;
      const failure = describeFailure(error, config.upstreamTimeoutMs, 'read');
      deps.logger.log('warn', 'upstream request failed', {
        route: route.name,
        status: failure.status,
        error: (error as Error).message,
      });
      sendJson(res, failure.status, failure.detail);
    }
  }

  return (req: Request, res: Response, next: NextFunction) => {
    const match = matchAllowlist(req.method, req.originalUrl);
    if (!match.ok) {
      const headers: Record<string, string> = match.allow ? { Allow: match.allow } : {};
      const detail =
        match.status === 404 ? 'Not an endpoint the console uses.' : 'Method not allowed.';
      sendJson(res, match.status, detail, headers);
      return;
    }
    const framing = framingProblem(req);
    const isStop = match.route.name === 'stopCall';
    // A stop's refusal is audited like its other refusals (below, in the stop handler).
    if (framing && !(isStop && config.apiKey)) {
      sendJson(res, 400, framing, { Connection: 'close' });
      return;
    }
    if (!config.apiKey) {
      sendJson(
        res,
        503,
        'Demo mode: no ONEINBOX_API_KEY is set on the console server, so there is no live API to call.',
      );
      return;
    }
    const handled = isStop
      ? stop(req, res, match.params, framing)
      : read(res, match.route, match.params);
    handled.catch(next);
  };
}
