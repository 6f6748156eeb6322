/**
 * The only API endpoints the console uses. Everything else under /v1 is answered by the
 * console (404 or 405) and never reaches the API, so a stolen session cannot use the
 * organisation-wide key for anything but reading calls and stopping them.
 */
const ID = '[A-Za-z0-9_-]{1,128}';
const ID_ONLY = new RegExp(`^${ID}$`);

export type RouteName = 'listCalls' | 'getCall' | 'stopCall' | 'getAgent';

export interface UpstreamRoute {
  name: RouteName;
  method: 'GET' | 'POST';
  /** Matches the console's own path, which is also the API's path. Group 1 is the id. */
  pattern: RegExp;
  /** Query parameters passed on; any others are dropped (HTTP) or refused (function calls). */
  query: readonly string[];
  /** Whether the path carries an id. */
  hasId: boolean;
  /** The API path for an id (null for routes without one). */
  path: (id: string | null) => string;
}

/** What a caller asks of a route: the id, when the route has one, and allowlisted query values. */
export interface RouteParams {
  id?: string | null;
  query?: Readonly<Record<string, string | undefined>>;
}

export const ROUTES: Readonly<Record<RouteName, UpstreamRoute>> = {
  listCalls: {
    name: 'listCalls',
    method: 'GET',
    pattern: /^\/v1\/calls$/,
    query: ['limit', 'offset', 'status', 'agent_id'],
    hasId: false,
    path: () => '/v1/calls',
  },
  // "cursor" is a different API endpoint that the console does not use.
  getCall: {
    name: 'getCall',
    method: 'GET',
    pattern: new RegExp(`^/v1/calls/(?!cursor$)(${ID})$`),
    query: [],
    hasId: true,
    path: (id) => `/v1/calls/${id}`,
  },
  stopCall: {
    name: 'stopCall',
    method: 'POST',
    pattern: new RegExp(`^/v1/calls/(${ID})/stop$`),
    query: [],
    hasId: true,
    path: (id) => `/v1/calls/${id}/stop`,
  },
  getAgent: {
    name: 'getAgent',
    method: 'GET',
    pattern: new RegExp(`^/v1/agents/(${ID})$`),
    query: [],
    hasId: true,
    path: (id) => `/v1/agents/${id}`,
  },
};

const ALL_ROUTES = Object.values(ROUTES);

/**
 * The API path and query for a route, or an error for anything the allowlist does not allow.
 * Every upstream request is built here, whether it came from the browser or from server code.
 */
export function upstreamPath(route: UpstreamRoute, params: RouteParams = {}): string {
  const id = params.id ?? null;
  if (route.hasId !== (id !== null) || (id !== null && (!ID_ONLY.test(id) || id === 'cursor'))) {
    throw new TypeError(`${route.name}: not an allowed id: ${JSON.stringify(id)}`);
  }
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params.query ?? {})) {
    if (!route.query.includes(name))
      throw new TypeError(`${route.name}: no query parameter ${name}`);
    if (value !== undefined) query.set(name, value);
  }
  const search = query.toString();
  return `${route.path(id)}${search ? `?${search}` : ''}`;
}

export type AllowlistResult =
  | { ok: true; route: UpstreamRoute; params: RouteParams }
  | { ok: false; status: 404 | 405; allow?: string };

/** Matches a request's method and raw (still-encoded) path and query against the allowlist. */
export function matchAllowlist(method: string, rawUrl: string): AllowlistResult {
  // Judge the path as sent: URL parsing would resolve "..", "%2e%2e" and backslashes into some other,
  // possibly allowlisted, path. No console request contains dots, escapes or backslashes.
  const rawPath = rawUrl.split('?')[0] ?? '';
  if (!/^[A-Za-z0-9/_-]*$/.test(rawPath)) return { ok: false, status: 404 };
  const url = new URL(rawUrl, 'http://console.invalid');
  const byPath = ALL_ROUTES.filter((r) => r.pattern.test(url.pathname));
  if (byPath.length === 0) return { ok: false, status: 404 };
  const route = byPath.find((r) => r.method === method.toUpperCase());
  if (!route) return { ok: false, status: 405, allow: byPath.map((r) => r.method).join(', ') };
  const query: Record<string, string> = {};
  for (const name of route.query) {
    const value = url.searchParams.get(name);
    if (value !== null) query[name] = value;
  }
  return { ok: true, route, params: { id: route.pattern.exec(url.pathname)?.[1] ?? null, query } };
}
