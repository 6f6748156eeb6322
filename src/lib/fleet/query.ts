import { DEFAULT_TARGET_MS, type FleetView } from './aggregator';

/** The window sizes offered: the most recent 100, 500, 1,000 or 5,000 calls. */
export const FLEET_LIMITS = [100, 500, 1000, 5000] as const;
export type FleetLimit = (typeof FLEET_LIMITS)[number];
export const DEFAULT_FLEET_LIMIT: FleetLimit = 500;

/** What decides which calls are read from the API (and so the cache key). */
export interface FleetQuery {
  limit: FleetLimit;
  agentId: string | null;
  status: string | null;
}

export interface FleetRequest {
  query: FleetQuery;
  /** How the kept window is summarised: any view of a cached window is served from the cache. */
  view: FleetView;
  /** Read the API again even when the window is cached. */
  fresh: boolean;
}

export type FleetRequestParse = { ok: true; request: FleetRequest } | { ok: false; detail: string };

// The ids the /v1 proxy allows (server/upstream/routes.ts); statuses and types are free strings
// in the spec, but every one seen is a word.
const ID = /^[A-Za-z0-9_-]{1,128}$/;
const WORD = /^[A-Za-z0-9_-]{1,64}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const INTEGER = /^-?\d{1,7}$/;

const PARAMS = [
  'limit',
  'agent_id',
  'status',
  'type',
  'from',
  'to',
  'target_ms',
  'tz_offset_min',
  'fresh',
] as const;

function integerIn(value: string, min: number, max: number): number | null {
  if (!INTEGER.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function dateTime(value: string): number | null {
  if (!DATE_TIME.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Validates GET /console/latency's query. Every parameter is checked; an unknown or repeated
 * one is refused rather than ignored, so a typo never silently widens the window.
 */
export function parseFleetRequest(search: URLSearchParams): FleetRequestParse {
  const values = new Map<string, string>();
  for (const [name, value] of search) {
    if (!(PARAMS as readonly string[]).includes(name)) {
      return { ok: false, detail: `Unknown parameter "${name.slice(0, 40)}".` };
    }
    if (values.has(name)) return { ok: false, detail: `The parameter "${name}" is repeated.` };
    values.set(name, value);
  }
  const fail = (detail: string): FleetRequestParse => ({ ok: false, detail });
  // An empty value means "not set", as an HTML form sends it.
  const get = (name: (typeof PARAMS)[number]) => values.get(name) || null;

  const limitText = get('limit');
  const limit =
    limitText === null ? DEFAULT_FLEET_LIMIT : FLEET_LIMITS.find((l) => String(l) === limitText);
  if (limit === undefined) return fail(`limit must be one of ${FLEET_LIMITS.join(', ')}.`);

  const agentId = get('agent_id');
  if (agentId !== null && !ID.test(agentId)) {
    return fail('agent_id must be 1–128 letters, digits, "_" or "-".');
  }
  const status = get('status');
  if (status !== null && !WORD.test(status)) {
    return fail('status must be 1–64 letters, digits, "_" or "-".');
  }
  const type = get('type');
  if (type !== null && !WORD.test(type))
    return fail('type must be 1–64 letters, digits, "_" or "-".');

  const fromText = get('from');
  const toText = get('to');
  const from = fromText === null ? null : dateTime(fromText);
  const to = toText === null ? null : dateTime(toText);
  if (fromText !== null && from === null)
    return fail('from must be an ISO 8601 date or date-time.');
  if (toText !== null && to === null) return fail('to must be an ISO 8601 date or date-time.');
  if (from !== null && to !== null && from >= to) return fail('from must be before to.');

  const targetText = get('target_ms');
  const targetMs = targetText === null ? DEFAULT_TARGET_MS : integerIn(targetText, 1, 600_000);
  if (targetMs === null) return fail('target_ms must be a whole number from 1 to 600000.');
  const tzText = get('tz_offset_min');
  const tzOffsetMin = tzText === null ? 0 : integerIn(tzText, -840, 840);
  if (tzOffsetMin === null) return fail('tz_offset_min must be a whole number from -840 to 840.');

  const freshText = get('fresh');
  if (freshText !== null && freshText !== '1') return fail('fresh must be 1 when set.');

  return {
    ok: true,
    request: {
      query: { limit, agentId, status },
      view: { targetMs, tzOffsetMin, type, from, to },
      fresh: freshText === '1',
    },
  };
}

/** The cache key: only what decides which calls are read. */
export function fleetCacheKey(query: FleetQuery): string {
  return JSON.stringify([query.limit, query.agentId, query.status]);
}
