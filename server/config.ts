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
  };
  /** Append-only JSON-lines audit log of stop requests; null means the dev server's "no audit". */
  auditLogPath: string | null;
  /** Per-user stop rate limit. */
  stopRateLimit: { max: number; windowMs: number };
  /** Extra origins allowed to POST (when a reverse proxy rewrites Host). */
  allowedOrigins: string[];
  /** Express "trust proxy" (CONSOLE_TRUST_PROXY): which X-Forwarded-For hops to believe, so
   * per-IP limits see clients rather than the reverse proxy. False: trust none. */
  trustProxy: boolean | number | string;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
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
    },
    auditLogPath: env.CONSOLE_AUDIT_LOG?.trim() || null,
    stopRateLimit: {
      max: positiveNumber(env.CONSOLE_STOP_RATE_LIMIT, 10),
      windowMs: positiveNumber(env.CONSOLE_STOP_RATE_WINDOW_MS, 60_000),
    },
    allowedOrigins: (env.CONSOLE_ORIGIN ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    trustProxy: parseTrustProxy(env.CONSOLE_TRUST_PROXY),
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

/** Reasons the production server must refuse to start; empty when the configuration is safe. */
export function configProblems(config: ServerConfig): string[] {
  const problems: string[] = [];
  const { auth } = config;
  if (auth.mode === null) {
    problems.push(`CONSOLE_AUTH="${auth.rawMode}" is not a known mode; use "header" or "basic".`);
  }
  if (auth.mode === 'none' && !isLoopbackHost(config.host)) {
    problems.push(
      `Refusing to listen on ${config.host} without access control: anyone who can reach it could ` +
        'read calls and stop them with the organisation-wide key. Set CONSOLE_AUTH=header (behind ' +
        'an SSO proxy that sets CONSOLE_AUTH_HEADER) or CONSOLE_AUTH=basic with CONSOLE_USERS_FILE, ' +
        'or bind HOST=127.0.0.1.',
    );
  }
  if (auth.mode === 'basic' && !auth.usersFile) {
    problems.push('CONSOLE_AUTH=basic needs CONSOLE_USERS_FILE (lines of user:bcrypt-hash).');
  }
  if (auth.mode === 'header' && !/^[a-z0-9-]+$/.test(auth.header)) {
    problems.push(`CONSOLE_AUTH_HEADER="${auth.header}" is not a valid header name.`);
  }
  return problems;
}
