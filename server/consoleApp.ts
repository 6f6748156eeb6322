import express, { type Express, type Request } from 'express';
import type { AuditLog } from './auditLog.ts';
import { userOf } from './auth/users.ts';
import type { ServerConfig } from './config.ts';
import { hostGuard } from './hostGuard.ts';
import { createLogger, type Logger } from './logger.ts';
import type { RedisCommands } from './redis.ts';
import { createLatencyHandler, type LatencyRouteDeps } from './latency/route.ts';
import { createUpstream, type Upstream } from './upstream/index.ts';
import { createV1Handler } from './v1/router.ts';

export interface ConsoleAppOptions {
  /** Where stop requests are recorded; null (the dev server) records nothing. */
  audit?: AuditLog | null;
  logger?: Logger;
  /** The way to the API; one is made from the config when not given (the dev server). */
  upstream?: Upstream;
  /** Shared stop-limit store (CONSOLE_REDIS_URL); null keeps the limit in memory. */
  redis?: RedisCommands | null;
  /** GET /console/latency's cache, job cap and retry wait (tests set them). */
  latency?: Pick<LatencyRouteDeps, 'cache' | 'maxJobs' | 'retryDelayMs'>;
}

/** What /console/config answers (and a server-rendered page embeds) for this request. */
export function consoleConfigOf(config: ServerConfig, req: Request) {
  return {
    mode: config.apiKey ? ('live' as const) : ('demo' as const),
    readOnly: config.readOnly,
    user: userOf(req),
  };
}

/**
 * The console's own endpoints: the config the UI boots from, and the /v1 route. The dev server
 * mounts this alone (so it gets the Host check too: Vite runs it before its own host check);
 * `npm start` wraps it with auth, security headers and the built files.
 */
export function createConsoleApp(config: ServerConfig, options: ConsoleAppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(hostGuard(config));
  app.get('/console/config', (req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json(consoleConfigOf(config, req));
  });
  const upstream = options.upstream ?? createUpstream(config);
  const logger = options.logger ?? createLogger({ secrets: [config.apiKey] });
  app.all(
    '/console/latency',
    createLatencyHandler(config, { upstream, logger, ...options.latency }),
  );
  app.use(
    '/v1',
    createV1Handler(config, {
      upstream,
      audit: options.audit ?? null,
      logger,
      redis: options.redis ?? null,
    }),
  );
  return app;
}
