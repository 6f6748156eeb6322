import { isIP } from 'node:net';

export type AuthMode = 'none' | 'header' | 'basic';

/** Server-side configuration, read from the environment once. The key never leaves this process. */
export interface ServerConfig {
  apiKey: string | null;
  apiUrl: string;
  /** Upstream timeout for proxied requests. */
  upstreamTimeoutMs: number;
  readOnly: boolean;
  host: string;
  port: number;
  auth: {
    /** null when CONSOLE_AUTH holds something unknown; configProblems() reports it. */
    mode: AuthMode | null;
    rawMode: string;
    /** Header mode: the identity header an SSO proxy (e.g. oauth2-proxy) sets. */
    header: string;
    /** Basic mode: a file of `user:bcrypt-hash` lines (htpasswd -B format). */
    usersFile: string | null;
    /** Header mode: the peers (addresses, CIDRs, proxy-addr names) allowed to set the header
     * (CONSOLE_TRUSTED_PROXIES). Empty means loopback only; required when HOST is not loopback. */
    trustedProxies: string[];
  };
  /** Append-only JSON-lines audit log of stop requests; null means the dev server's "no audit". */
  auditLogPath: string | null;
  /** Per-user stop rate limit. */
  stopRateLimit: { max: number; windowMs: number };
  /** Extra origins allowed to POST (when a reverse proxy rewrites Host). */
  allowedOrigins: string[];
  /** Express "trust proxy" (CONSOLE_TRUST_PROXY): which X-Forwarded-For hops to believe, so
   * per-IP limits and the audit see clients rather than the reverse proxy. False: trust none; a
   * number: that many hops; a list: those proxy addresses. Never `true` (configProblems). */
  trustProxy: false | number | string[];
  /** Redis for the shared stop limit (CONSOLE_REDIS_URL); null keeps it in process memory. */
  redisUrl: string | null;
}

function parseTrustProxy(raw: string): false | number | string[] {
  const value = raw.trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return list(value);
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function parseAuthMode(raw: string): AuthMode | null {
  if (raw === '' || raw === 'none') return 'none';
  if (raw === 'header' || raw === 'basic') return raw;
  return null;
}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const key = env.ONEINBOX_API_KEY?.trim();
  const rawMode = (env.CONSOLE_AUTH ?? '').trim().toLowerCase();
  return {
    apiKey: key ? key : null,
    apiUrl: (env.ONEINBOX_API_URL?.trim() || 'https://api.oneinbox.ai').replace(/\/+$/, ''),
    upstreamTimeoutMs: positiveNumber(env.CONSOLE_UPSTREAM_TIMEOUT_MS, 10_000),
    readOnly: env.CONSOLE_READ_ONLY === '1' || env.CONSOLE_READ_ONLY === 'true',
    host: env.HOST?.trim() || '127.0.0.1',
    port: positiveNumber(env.PORT, 8080),
    auth: {
      mode: parseAuthMode(rawMode),
      rawMode,
      header: (env.CONSOLE_AUTH_HEADER?.trim() || 'X-Forwarded-User').toLowerCase(),
      usersFile: env.CONSOLE_USERS_FILE?.trim() || null,
      trustedProxies: list(env.CONSOLE_TRUSTED_PROXIES),
    },
    auditLogPath: env.CONSOLE_AUDIT_LOG?.trim() || null,
    stopRateLimit: {
      max: positiveNumber(env.CONSOLE_STOP_RATE_LIMIT, 10),
      windowMs: positiveNumber(env.CONSOLE_STOP_RATE_WINDOW_MS, 60_000),
    },
    allowedOrigins: list(env.CONSOLE_ORIGIN).map((o) => o.replace(/\/+$/, '')),
    trustProxy: parseTrustProxy(env.CONSOLE_TRUST_PROXY ?? ''),
    redisUrl: env.CONSOLE_REDIS_URL?.trim() || null,
  };
}

/** True for addresses only this machine can reach. "localhost" counts; "0.0.0.0" and "::" do not. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^::ffff:127\./.test(h);
  return false;
}
