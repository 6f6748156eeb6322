import { randomUUID } from 'node:crypto';
import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { createProxyMiddleware, proxyEventsPlugin } from 'http-proxy-middleware';
import { matchAllowlist, type AllowlistResult } from './allowlist.ts';
import type { AuditLog, AuditRecord } from './auditLog.ts';
import { userOf } from './auth.ts';
import type { ServerConfig } from './config.ts';
import { createLogger, errorFields, type Logger } from './logger.ts';
import { isSameOrigin } from './sameOrigin.ts';
import { forwardResponse } from './forwardResponse.ts';
import { describeUpstreamFailure, UpstreamTimeoutError } from './upstreamErrors.ts';

type AllowedMatch = Extract<AllowlistResult, { ok: true }>;

export interface ApiProxyOptions {
  /** Where stop requests are recorded; null (the dev server) records nothing. */
  audit?: AuditLog | null;
  logger?: Logger;
}

/** Per-request state the proxy stages share. */
interface ProxyState {
  match: AllowedMatch;
  /** Stop requests only: records the outcome exactly once, before the response goes out. */
  settle?: (result: string, upstreamStatus: number | null) => Promise<void>;
}
const states = new WeakMap<IncomingMessage, ProxyState>();

/** Only these request headers go upstream; cookies, the browser's Authorization, SSO identity
 * headers and X-Forwarded-* never do. */
const FORWARDED_HEADERS = new Set(['host', 'accept-encoding', 'content-length', 'content-type']);
function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  if (res.headersSent) {
    res.destroy();
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
 * endpoints, strips the browser's credentials and adds the key on the way out. Stops also pass
 * read-only, same-origin and rate-limit checks, and are written to the audit log (when one is
 * configured) before forwarding and again before the answer goes back.
 */
export function createApiProxy(config: ServerConfig, options: ApiProxyOptions = {}): Router {
  const audit = options.audit ?? null;
  const logger = options.logger ?? createLogger({ secrets: [config.apiKey] });
  const timeoutMs = config.upstreamTimeoutMs;
  const router = express.Router();

  const record = async (
    req: Request,
    fields: Pick<AuditRecord, 'result' | 'upstreamStatus'> & { requestId: string },
  ) => {
    const line = {
      ...fields,
      user: userOf(req),
      ip: req.ip ?? null,
      callId: states.get(req)?.match.id ?? null,
    };
    logger.log('info', 'stop', line);
    if (!audit) return;
    try {
      await audit.append(line);
    } catch (error) {
      // The structured log line above still carries the record.
      logger.log('error', 'audit log write failed', { ...errorFields(error), record: line });
      throw error;
    }
  };

  const prepareUpstreamRequest = (proxyReq: ClientRequest) => {
    for (const name of proxyReq.getHeaderNames()) {
      if (!FORWARDED_HEADERS.has(name.toLowerCase())) proxyReq.removeHeader(name);
    }
    proxyReq.setHeader('Authorization', `Bearer ${config.apiKey ?? ''}`);
    proxyReq.setHeader('Accept', 'application/json');
    proxyReq.setHeader('User-Agent', 'oneinbox-call-console');
    // A deadline for the answer's headers, and an idle limit while its body streams.
    const deadline = setTimeout(
      () => proxyReq.destroy(new UpstreamTimeoutError(timeoutMs)),
      timeoutMs,
    );
    proxyReq.once('response', () => clearTimeout(deadline));
    proxyReq.once('close', () => clearTimeout(deadline));
    proxyReq.setTimeout(timeoutMs, () => proxyReq.destroy(new UpstreamTimeoutError(timeoutMs)));
  };

  const proxyOptions = {
    target: config.apiUrl,
    changeOrigin: true,
    xfwd: false,
    // The default plugins log free text and answer errors themselves; we do both our own way.
    ejectPlugins: true,
    plugins: [proxyEventsPlugin],
    pathRewrite: (_path: string, req: IncomingMessage) =>
      states.get(req)?.match.upstreamPath ?? '/',
  };

  const onError = (error: Error, req: IncomingMessage, res: ServerResponse | unknown) => {
    const failure = describeUpstreamFailure(error, timeoutMs);
    logger.log('warn', 'upstream request failed', {
      ...errorFields(error),
      status: failure.status,
      path: states.get(req)?.match.route.name,
    });
    const settle = states.get(req)?.settle;
    const answer = () => {
      if (res && typeof res === 'object' && 'writeHead' in res) {
        sendJson(res as ServerResponse, failure.status, { detail: failure.detail });
      }
    };
    if (settle) void settle(failure.result, null).then(answer, answer);
    else answer();
  };

  const readProxy = createProxyMiddleware<IncomingMessage, ServerResponse>({
    ...proxyOptions,
    selfHandleResponse: true,
    on: {
      proxyReq: prepareUpstreamRequest,
      proxyRes: (proxyRes, _req, res) => forwardResponse(proxyRes, res, config.apiKey),
      error: onError,
    },
  });

  // Stops answer only after their outcome is on disk.
  const stopProxy = createProxyMiddleware<IncomingMessage, ServerResponse>({
    ...proxyOptions,
    selfHandleResponse: true,
    on: {
      proxyReq: prepareUpstreamRequest,
      proxyRes: (proxyRes, req, res) => {
        const status = proxyRes.statusCode ?? 502;
        const result = status >= 200 && status < 300 ? 'stopped' : 'upstream_error';
        const forward = () => forwardResponse(proxyRes, res, config.apiKey);
        const settle = states.get(req)?.settle;
        if (!settle) return forward();
        // Hold the body until the outcome is recorded; a cut meanwhile still reaches the browser.
        proxyRes.pause();
        settle(result, status).then(forward, () => {
          // The stop reached the API but its outcome could not be recorded: say so, loudly.
          proxyRes.resume();
          sendJson(res, 500, {
            detail: `The stop was sent (API answered ${status}), but the console could not write its audit log. Tell your administrator.`,
          });
        });
      },
      error: onError,
    },
  });

  const stopLimiter = rateLimit({
    windowMs: config.stopRateLimit.windowMs,
    limit: config.stopRateLimit.max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const user = userOf(req);
      return user ? `user:${user}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    handler: (req, res, _next, used) => {
      const retryAfter = String(Math.ceil(used.windowMs / 1000));
      const requestId = randomUUID();
      const answer = () =>
        sendJson(
          res,
          429,
          { detail: 'Too many stop requests from you. Wait a minute and try again.' },
          { 'Retry-After': res.getHeader('retry-after')?.toString() ?? retryAfter },
        );
      record(req, { requestId, result: 'rejected_rate_limit', upstreamStatus: null }).then(
        answer,
        answer,
      );
    },
  });

  router.use((req: Request, res: Response, next: NextFunction) => {
    const match = matchAllowlist(req.method, req.originalUrl);
    if (!match.ok) {
      const headers: Record<string, string> = match.allow ? { Allow: match.allow } : {};
      const detail =
        match.status === 404 ? 'Not an endpoint the console uses.' : 'Method not allowed.';
      sendJson(res, match.status, { detail }, headers);
      return;
    }
    if (!config.apiKey) {
      sendJson(res, 503, {
        detail:
          'Demo mode: no ONEINBOX_API_KEY is set on the console server, so there is no live API to call.',
      });
      return;
    }
    states.set(req, { match });
    if (match.route.name !== 'stopCall') {
      readProxy(req, res, next);
      return;
    }
    void guardStop(req, res, next);
  });

  async function guardStop(req: Request, res: Response, next: NextFunction) {
    const requestId = randomUUID();
    const reject = async (result: string, status: number, detail: string) => {
      await record(req, { requestId, result, upstreamStatus: null }).catch(() => undefined);
      sendJson(res, status, { detail });
    };
    if (config.readOnly) {
      return reject(
        'rejected_read_only',
        403,
        'This console is read-only: stopping calls is disabled (CONSOLE_READ_ONLY).',
      );
    }
    if (!isSameOrigin(req, config.allowedOrigins)) {
      return reject(
        'rejected_csrf',
        403,
        'Stop requests must come from the console itself (cross-site request refused).',
      );
    }
    if (req.get('transfer-encoding') || Number(req.get('content-length') ?? 0) > 0) {
      return reject('rejected_body', 400, 'A stop request takes no body.');
    }
    let limited = true;
    await stopLimiter(req, res, () => {
      limited = false;
    });
    if (limited) return;

    try {
      await record(req, { requestId, result: 'requested', upstreamStatus: null });
    } catch {
      sendJson(res, 503, {
        detail: 'The console cannot write its audit log, so it did not send the stop.',
      });
      return;
    }
    let settled: Promise<void> | null = null;
    const state = states.get(req)!;
    state.settle = (result, upstreamStatus) => {
      settled ??= record(req, { requestId, result, upstreamStatus });
      return settled;
    };
    res.once('close', () => {
      if (!res.writableFinished) void state.settle?.('client_disconnected', null).catch(() => {});
    });
    stopProxy(req, res, next);
  }

  return router;
}
