import type { RequestHandler } from 'express';
import {
  createFleetCache,
  encodeFleetLine,
  FLEET_CONTENT_TYPE,
  parseFleetRequest,
  runFleetJob,
  type FleetCache,
} from '../../src/entry-server.ts';
import type { ServerConfig } from '../config.ts';
import { errorFields, type Logger } from '../logger.ts';
import type { Upstream } from '../upstream/index.ts';
import { sendJson } from '../v1/answers.ts';
import { framingProblem } from '../v1/framing.ts';
import { lineWriter } from './encoding.ts';
import { listPages } from './listPages.ts';

export interface LatencyRouteDeps {
  upstream: Upstream;
  logger: Logger;
  /** Windows kept for a second view; one per app when not given. */
  cache?: FleetCache;
  /** Windows paged at once by this process; more are refused with 429 (each may read 50 pages). */
  maxJobs?: number;
  /** Wait before retrying a page (tests shorten it). */
  retryDelayMs?: number;
}

export const MAX_LATENCY_JOBS = 4;

/**
 * GET /console/latency: latency across the most recent calls (issue 16). Pages through the API's
 * list with the console's key, one page of 100 at a time, folds each page into the aggregate
 * (src/lib/fleet) and drops it, and streams NDJSON: progress lines, then one result line.
 * Mounted inside the console app, so the Host allowlist and sign-in apply as for /v1.
 */
export function createLatencyHandler(config: ServerConfig, deps: LatencyRouteDeps): RequestHandler {
  const cache = deps.cache ?? createFleetCache();
  const maxJobs = deps.maxJobs ?? MAX_LATENCY_JOBS;
  let running = 0;

  return (req, res) => {
    if (req.method !== 'GET') {
      sendJson(res, 405, 'Method not allowed.', { Allow: 'GET' });
      return;
    }
    const framing = framingProblem(req);
    if (framing) {
      sendJson(res, 400, framing, { Connection: 'close' });
      return;
    }
    const parsed = parseFleetRequest(
      new URL(req.originalUrl, 'http://console.invalid').searchParams,
    );
    if (!parsed.ok) {
      sendJson(res, 400, parsed.detail);
      return;
    }
    if (!config.apiKey) {
      sendJson(
        res,
        503,
        'Demo mode: no ONEINBOX_API_KEY is set on the console server, so there is no live API to read calls from.',
      );
      return;
    }
    if (running >= maxJobs) {
      sendJson(
        res,
        429,
        `The console server is already reading ${maxJobs} latency windows. Try again in a moment.`,
        { 'Retry-After': '5' },
      );
      return;
    }
    const { request } = parsed;
    const started = performance.now();
    const gone = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const writer = lineWriter(req, res, {
      'Content-Type': FLEET_CONTENT_TYPE,
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
      // A buffering reverse proxy (nginx) would hold the progress lines back.
      'X-Accel-Buffering': 'no',
    });
    running += 1;
    runFleetJob(
      request,
      {
        fetchPage: listPages(deps.upstream, request.query),
        cache,
        retryDelayMs: deps.retryDelayMs,
      },
      (line) => writer.write(encodeFleetLine(line), line.type === 'progress'),
      gone.signal,
    )
      .then((outcome) => {
        writer.end();
        // Logged once the last compressed bytes are out (or the browser has gone).
        const log = () =>
          deps.logger.log(outcome.error ? 'warn' : 'info', 'latency window', {
            limit: request.query.limit,
            agentId: request.query.agentId,
            status: request.query.status,
            cached: outcome.cached,
            reason: outcome.reason,
            read: outcome.read,
            pages: outcome.pages,
            error: outcome.error?.detail ?? null,
            ms: Math.round(performance.now() - started),
            bytes: writer.bytesOut,
          });
        if (res.closed) log();
        else res.once('close', log);
      })
      .catch((error: unknown) => {
        res.destroy();
        deps.logger.log('error', 'latency window failed', errorFields(error));
      })
      .finally(() => {
        running -= 1;
      });
  };
}
