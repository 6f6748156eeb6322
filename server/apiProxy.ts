import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Request, type Response, type Router } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { matchAllowlist, type AllowlistResult } from './allowlist.ts';
import type { ServerConfig } from './config.ts';

type AllowedMatch = Extract<AllowlistResult, { ok: true }>;

export interface ApiProxyHooks {
  /** Runs before a stop is forwarded; return false after answering to block it (auth, CSRF, rate limit). */
  beforeStop?: (req: Request, res: Response, match: AllowedMatch) => boolean | Promise<boolean>;
  /** Runs when a stop's upstream answer (or failure) is known, before the response is sent. */
  afterStop?: (
    req: Request,
    info: { callId: string | null; status: number; error?: string },
  ) => Promise<void> | void;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/**
 * The /v1 proxy shared by the dev server and `npm start`. It forwards only allowlisted
 * endpoints, strips the browser's credentials and adds the key on the way out.
 */
export function createApiProxy(config: ServerConfig, hooks: ApiProxyHooks = {}): Router {
  const router = express.Router();

  const proxy = createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: config.apiUrl,
    changeOrigin: true,
    proxyTimeout: config.upstreamTimeoutMs,
    timeout: config.upstreamTimeoutMs,
    xfwd: false,
    pathRewrite: (_path, req) =>
      (req as IncomingMessage & { upstreamPath?: string }).upstreamPath ?? '/',
    on: {
      proxyReq: (proxyReq) => {
        // The browser's own credentials never go upstream; only the server's key does.
        proxyReq.removeHeader('authorization');
        proxyReq.removeHeader('cookie');
        proxyReq.removeHeader('x-api-key');
        proxyReq.removeHeader('origin');
        proxyReq.removeHeader('referer');
        proxyReq.setHeader('Authorization', `Bearer ${config.apiKey ?? ''}`);
        proxyReq.setHeader('Accept', 'application/json');
      },
      proxyRes: (proxyRes, req) => {
        delete proxyRes.headers['set-cookie'];
        proxyRes.headers['cache-control'] = 'no-store';
        const info = (req as IncomingMessage & { stopInfo?: StopInfo }).stopInfo;
        if (info) void info.done(proxyRes.statusCode ?? 502);
      },
      error: (error, req, res) => {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        const timedOut =
          code === 'ECONNRESET' && (req as IncomingMessage & { timedOut?: boolean }).timedOut;
        const isTimeout =
          timedOut ||
          code === 'ETIMEDOUT' ||
          code === 'ESOCKETTIMEDOUT' ||
          /timeout/i.test(error.message);
        const status = isTimeout ? 504 : 502;
        const detail = isTimeout
          ? `The OneInbox API did not answer within ${Math.round(config.upstreamTimeoutMs / 1000)} s.`
          : 'The console server could not reach the OneInbox API.';
        const info = (req as IncomingMessage & { stopInfo?: StopInfo }).stopInfo;
        const finish = () => {
          if (res instanceof Object && 'writeHead' in res)
            sendJson(res as ServerResponse, status, { detail });
        };
        if (info) void Promise.resolve(info.done(status, code || 'upstream_error')).finally(finish);
        else finish();
      },
    },
  });

  router.use(async (req, res, next) => {
    const match = matchAllowlist(req.method, req.originalUrl);
    if (!match.ok) {
      const headers: Record<string, string> = match.allow ? { Allow: match.allow } : {};
      sendJson(
        res,
        match.status,
        {
          detail:
            match.status === 404 ? 'Not an endpoint the console uses.' : 'Method not allowed.',
        },
        headers,
      );
      return;
    }
    if (!config.apiKey) {
      sendJson(res, 503, {
        detail:
          'Demo mode: no ONEINBOX_API_KEY is set on the console server, so there is no live API to call.',
      });
      return;
    }
    if (match.route.name === 'stopCall') {
      if (config.readOnly) {
        sendJson(res, 403, {
          detail: 'This console is read-only: stopping calls is disabled (CONSOLE_READ_ONLY).',
        });
        return;
      }
      if (hooks.beforeStop && !(await hooks.beforeStop(req, res, match))) return;
      if (hooks.afterStop) {
        const afterStop = hooks.afterStop;
        (req as IncomingMessage & { stopInfo?: StopInfo }).stopInfo = {
          done: (status, error) => afterStop(req, { callId: match.id, status, error }),
        };
      }
    }
    (req as IncomingMessage & { upstreamPath?: string }).upstreamPath = match.upstreamPath;
    next();
  }, proxy);

  return router;
}

interface StopInfo {
  done: (status: number, error?: string) => Promise<void> | void;
}
