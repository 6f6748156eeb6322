import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { createAuth, userOf } from './auth/index.ts';
import type { ServerConfig } from './config.ts';
import { createConsoleApp, type ConsoleAppOptions } from './consoleApp.ts';
import { hostGuard } from './hostGuard.ts';
import { cspNonce, indexPage } from './indexPage.ts';
import { createLogger, errorFields, type Logger } from './logger.ts';
import { cspReportRouter, securityHeaders } from './securityHeaders.ts';
import { isPageNavigation, serverRenderedCallPage, type CallRenderer } from './ssr/callPage.ts';
import { createUpstream } from './upstream/index.ts';

export interface ProductionAppOptions extends ConsoleAppOptions {
  distDir: string;
  /** The server build of src/entry-server.ts; without it every page is rendered by the browser. */
  renderer?: CallRenderer | null;
  /** The API's time budget for a server-rendered call page (tests shorten it). */
  ssrApiBudgetMs?: number;
}

function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // Captured now: routers mounted below rewrite req.path.
    const requestPath = req.path;
    res.once('finish', () => {
      if (requestPath === '/healthz') return;
      logger.log('info', 'request', {
        method: req.method,
        path: requestPath,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        user: userOf(req),
      });
    });
    next();
  };
}

/**
 * `npm start`: security headers, access control, the console app (config + /v1 proxy) and the
 * built SPA from distDir.
 */
export function createProductionApp(config: ServerConfig, options: ProductionAppOptions): Express {
  const logger = options.logger ?? createLogger({ secrets: [config.apiKey] });
  const { distDir } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Before anything else, even /healthz: a rebound name gets nothing from this server.
  app.use(hostGuard(config));
  app.use(cspNonce, securityHeaders(), accessLog(logger));
  // A long call's JSON can be megabytes: compress it on the way. The API's own compression is
  // undone so the key can be scrubbed (server/upstream), so this is on the path of every large
  // call: the fastest settings cost ~5× less CPU than the defaults (brotli 4, gzip 6) for ~7%
  // (brotli) to ~35% (gzip) more bytes (docs/loadtest.md). Built files come compressed from the
  // build (below), and compression() leaves a response that already has an encoding alone.
  app.use(
    compression({
      level: zlib.constants.Z_BEST_SPEED,
      chunkSize: 64 * 1024,
      brotli: { chunkSize: 64 * 1024, params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
    }),
  );

  // Liveness and CSP reports need no sign-in (a report carries no credentials).
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true });
  });
  app.use(cspReportRouter(logger));

  for (const handler of createAuth(config)) app.use(handler);
  // One way to the API for everything this app serves (routes added later use it too).
  const upstream = options.upstream ?? createUpstream(config);
  app.use(createConsoleApp(config, { ...options, logger, upstream }));

  // The build writes .br and .gz next to each script and stylesheet (vite.config.ts), so a page
  // load costs the server no compression work: with ~500 kB of JavaScript, gzipping per request
  // kept the first call's scripts waiting behind the CPU on a small machine.
  const precompressed = { enableBrotli: true, orderPreference: ['br', 'gzip'], index: false };
  app.use(
    '/assets',
    expressStaticGzip(path.join(distDir, 'assets'), {
      ...precompressed,
      serveStatic: { immutable: true, maxAge: '1y', fallthrough: false },
    }),
  );
  // The server build (dist/server) is code for this process, not a file to send.
  app.use('/server', (_req, res) => {
    res.status(404).set('Cache-Control', 'no-store').json({ detail: 'Not found.' });
  });
  const sendIndex = indexPage(path.join(distDir, 'index.html'), config.apiKey ? 'live' : 'demo');
  app.get(['/', '/index.html'], sendIndex);
  // Live mode only: demo data lives in the browser's service worker (docs/notes/ssr.md).
  if (config.apiKey && options.renderer) {
    app.get(
      '/calls/:callId',
      serverRenderedCallPage(config, {
        indexFile: path.join(distDir, 'index.html'),
        upstream,
        renderer: options.renderer,
        logger,
        apiBudgetMs: options.ssrApiBudgetMs,
      }),
    );
  }
  app.use(
    expressStaticGzip(distDir, { ...precompressed, serveStatic: { index: false, maxAge: 0 } }),
  );
  // SPA fallback for page navigations only; a missing asset stays a 404.
  app.get(/^\/(?!v1\/|console\/|assets\/).*/, (req, res, next) => {
    if (!isPageNavigation(req) || path.extname(req.path)) {
      next();
      return;
    }
    sendIndex(req, res, next);
  });

  app.use((_req, res) => {
    res.status(404).set('Cache-Control', 'no-store').json({ detail: 'Not found.' });
  });
  const onError: ErrorRequestHandler = (error: unknown, req, res, _next) => {
    const status = Number((error as { status?: number }).status ?? 500);
    const safeStatus = status >= 400 && status < 600 ? status : 500;
    if (safeStatus >= 500)
      logger.log('error', 'request failed', { ...errorFields(error), path: req.path });
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res
      .status(safeStatus)
      .set('Cache-Control', 'no-store')
      .json({ detail: safeStatus === 404 ? 'Not found.' : 'The console server failed.' });
  };
  app.use(onError);
  return app;
}
