/**
 * The only API endpoints the console uses. Everything else under /v1 is answered by the
 * console (404 or 405) and never reaches the API, so a stolen session cannot use the
 * organisation-wide key for anything but reading calls and stopping them.
 */
const ID = '[A-Za-z0-9_-]{1,128}';

export interface AllowedRoute {
  name: 'listCalls' | 'getCall' | 'stopCall' | 'getAgent';
  method: 'GET' | 'POST';
  pattern: RegExp;
  /** Query parameters passed on; any others are dropped. */
  query: readonly string[];
}

export const ALLOWED_ROUTES: readonly AllowedRoute[] = [
  {
    name: 'listCalls',
    method: 'GET',
    pattern: /^\/v1\/calls$/,
    query: ['limit', 'offset', 'status', 'agent_id'],
  },
  // "cursor" is a different API endpoint that the console does not use.
  {
    name: 'getCall',
    method: 'GET',
    pattern: new RegExp(`^/v1/calls/(?!cursor$)(${ID})$`),
    query: [],
  },
  { name: 'stopCall', method: 'POST', pattern: new RegExp(`^/v1/calls/(${ID})/stop$`), query: [] },
  { name: 'getAgent', method: 'GET', pattern: new RegExp(`^/v1/agents/(${ID})$`), query: [] },
];

export type AllowlistResult =
  | { ok: true; route: AllowedRoute; id: string | null; upstreamPath: string }
  | { ok: false; status: 404 | 405; allow?: string };

/** Matches a request's method and raw (still-encoded) path and query against the allowlist. */
export function matchAllowlist(method: string, rawUrl: string): AllowlistResult {
  // Judge the path as sent: URL parsing would resolve "..", "%2e%2e" and backslashes into some other,
  // possibly allowlisted, path. No console request contains dots, escapes or backslashes.
  const rawPath = rawUrl.split('?')[0] ?? '';
  if (!/^[A-Za-z0-9/_-]*$/.test(rawPath)) return { ok: false, status: 404 };
  const url = new URL(rawUrl, 'http://console.invalid');
  const byPath = ALLOWED_ROUTES.filter((r) => r.pattern.test(url.pathname));
  if (byPath.length === 0) return { ok: false, status: 404 };
  const route = byPath.find((r) => r.method === method.toUpperCase());
  if (!route) return { ok: false, status: 405, allow: byPath.map((r) => r.method).join(', ') };
  const query = new URLSearchParams();
  for (const name of route.query) {
    const value = url.searchParams.get(name);
    if (value !== null) query.set(name, value);
  }
  const search = query.toString();
  return {
    ok: true,
    route,
    id: route.pattern.exec(url.pathname)?.[1] ?? null,
    upstreamPath: `${url.pathname}${search ? `?${search}` : ''}`,
  };
}
