import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAuditLog, type AuditLog } from './auditLog.ts';
import { readServerConfig } from './config.ts';
import { configProblems, configWarnings } from './configProblems.ts';
import { createLogger, errorFields } from './logger.ts';
import type { RedisCommands } from './redis.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = readServerConfig();
const logger = createLogger({ secrets: [config.apiKey] });

function refuse(reasons: string[]): never {
  for (const reason of reasons) logger.log('error', 'refusing to start', { reason });
  process.exit(1);
}

const problems = configProblems(config);
if (problems.length) refuse(problems);
for (const warning of configWarnings(config)) logger.log('warn', 'configuration', { warning });

// CONSOLE_DIST_DIR lets parallel test runs serve their own builds.
const distDir = process.env.CONSOLE_DIST_DIR
  ? path.resolve(process.env.CONSOLE_DIST_DIR)
  : path.join(root, 'dist');

// Stops are only possible in live mode without read-only; then they must be auditable.
// The default file name matches .gitignore's audit*.jsonl.
let audit: AuditLog | null = null;
if (config.apiKey && !config.readOnly) {
  const auditPath = config.auditLogPath ?? path.resolve('audit-stops.jsonl');
  try {
    audit = await openAuditLog(auditPath);
  } catch (error) {
    refuse([
      `Cannot open the audit log ${auditPath} (CONSOLE_AUDIT_LOG): ${errorFields(error).error}`,
    ]);
  }
}

// Loaded only once the configuration and audit log are known to be usable: Express, Helmet,
// undici and the Redis client take about a second to import, and a refused start should say
// so at once (the server tests start it refused eight times: 1.2 s each before, 0.3 s now).
const [
  { loadRenderer },
  { createConsoleServer },
  { createProductionApp },
  { connectRedis, redisTarget },
  { createUpstream },
] = await Promise.all([
  import('./ssr/loadRenderer.ts'),
  import('./listen.ts'),
  import('./productionApp.ts'),
  import('./redis.ts'),
  import('./upstream/index.ts'),
]);

// Replicas share the stop limit through Redis; without it they would each allow the full budget.
let redis: RedisCommands | null = null;
if (config.redisUrl) {
  try {
    redis = await connectRedis(config.redisUrl, logger);
  } catch (error) {
    refuse([
      `Cannot connect to Redis at ${redisTarget(config.redisUrl)} (CONSOLE_REDIS_URL): ${errorFields(error).error}`,
    ]);
  }
}

const upstream = createUpstream(config);
// `npm run build` makes the server build of the call page (dist/server); live mode renders with it.
const renderer = config.apiKey ? await loadRenderer(distDir, logger) : null;
let app;
try {
  app = createProductionApp(config, { distDir, audit, logger, upstream, redis, renderer });
} catch (error) {
  refuse([String(errorFields(error).error)]);
}

const server = createConsoleServer(app).listen(config.port, config.host, () => {
  logger.log('info', 'console listening', {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`,
    mode: config.apiKey ? 'live' : 'demo',
    auth: config.auth.mode,
    readOnly: config.readOnly,
    auditLog: audit?.path ?? null,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    stopLimit: redis ? `redis ${redisTarget(config.redisUrl ?? '')}` : 'memory',
  });
});
server.on('error', (error) => {
  logger.log('error', 'server failed to start', errorFields(error));
  process.exit(1);
});

function shutdown(signal: string) {
  logger.log('info', 'shutting down', { signal });
  server.close(() => {
    void Promise.allSettled([audit?.close(), upstream.close(), redis?.close()]).finally(() =>
      process.exit(0),
    );
  });
  server.closeIdleConnections();
  // In-flight stops get up to the upstream timeout to write their outcome line.
  setTimeout(() => process.exit(0), config.upstreamTimeoutMs + 2_000).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
process.on('unhandledRejection', (reason) => {
  logger.log('error', 'unhandled rejection', errorFields(reason));
});
process.on('uncaughtException', (error) => {
  // State may be corrupt: log one structured line and let the supervisor restart us. Audit
  // lines already acknowledged are on disk.
  logger.log('error', 'uncaught exception, exiting', errorFields(error));
  process.exit(1);
});
