import { isRecord } from '../json';
import { createFleetAggregator } from './aggregator';
import type { CachedWindow, FleetCache } from './cache';
import { fleetCacheKey, type FleetRequest } from './query';
import {
  FLEET_WIRE_VERSION,
  type FleetLine,
  type FleetResultLine,
  type FleetSourceFailure,
  type FleetStopReason,
} from './wire';

/** The API's largest page (its `limit` is 1–100). */
export const FLEET_PAGE_SIZE = 100;
/** One retry of a page that failed for a reason that may pass; a longer Retry-After is not waited. */
export const MAX_RETRY_WAIT_MS = 5_000;
const DEFAULT_RETRY_DELAY_MS = 1_000;

/** Why a page could not be read; the job ends with the calls read so far, labelled partial. */
export class FleetSourceError extends Error {
  constructor(
    readonly failure: FleetSourceFailure,
    /** From the API's Retry-After, when it sent one. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(failure.detail);
    this.name = 'FleetSourceError';
  }

  /** Worth one more try: no answer, or a 429 or 5xx. */
  get transient(): boolean {
    const { kind, status } = this.failure;
    if (kind === 'timeout' || kind === 'unreachable' || kind === 'cut') return true;
    return kind === 'refused' && status !== null && (status === 429 || status >= 500);
  }
}

export interface FleetPage {
  items: unknown[];
  /** The API's `total`, when it is a usable number. */
  total: number | null;
}

/** Reads a list answer `{items, total, limit, offset}` loosely: only `items` must be a list. */
export function readFleetPage(body: unknown): FleetPage {
  if (!isRecord(body) || !Array.isArray(body.items)) {
    throw new FleetSourceError({
      kind: 'bad_answer',
      status: 200,
      detail: 'The OneInbox API answered the list with something that is not a page of calls.',
    });
  }
  const { total } = body;
  return {
    items: body.items,
    total: typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : null,
  };
}

/** Asks for FLEET_PAGE_SIZE calls at `offset`; throws FleetSourceError when there is no page. */
export type FetchFleetPage = (offset: number, signal: AbortSignal) => Promise<FleetPage>;

export interface FleetJobDeps {
  fetchPage: FetchFleetPage;
  cache: FleetCache | null;
  now?: () => number;
  /** Wait before retrying a page when the API gave no Retry-After. */
  retryDelayMs?: number;
}

export interface FleetJobOutcome {
  cached: boolean;
  reason: FleetStopReason | 'cancelled';
  read: number;
  pages: number;
  error: FleetSourceFailure | null;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function abortableWait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function failureOf(error: unknown): FleetSourceError {
  if (error instanceof FleetSourceError) return error;
  return new FleetSourceError({
    kind: 'cut',
    status: null,
    detail: `Reading the list failed: ${error instanceof Error ? error.message : String(error)}`,
  });
}

/**
 * One window: from the cache when it holds the query (and `fresh` is not asked), else paged
 * from the list one page at a time, each page folded into the aggregator as it arrives and then
 * dropped. Emits progress after every page and one result line at the end. Stops at once when
 * `signal` aborts (the browser went away), emitting nothing more.
 *
 * Paging stops at the limit, on an empty page, at `total` when the API sends one, and on a short
 * page when it does not (a short page with a `total` that says more remain goes on: the API may
 * cap pages below 100).
 */
export async function runFleetJob(
  request: FleetRequest,
  deps: FleetJobDeps,
  emit: (line: FleetLine) => void,
  signal: AbortSignal,
): Promise<FleetJobOutcome> {
  const now = deps.now ?? (() => Date.now());
  const { query, view } = request;
  const key = fleetCacheKey(query);
  const hit = request.fresh ? null : (deps.cache?.get(key) ?? null);
  if (hit) {
    const { entry, ageMs } = hit;
    emit({ type: 'progress', read: entry.window.read, expected: entry.window.read });
    emit(resultLine(entry, view, { hit: true, ageSeconds: Math.floor(ageMs / 1000) }, now()));
    return {
      cached: true,
      reason: entry.stop.reason,
      read: entry.window.read,
      pages: 0,
      error: null,
    };
  }

  const aggregator = createFleetAggregator();
  let read = 0;
  let offset = 0;
  let pages = 0;
  let total: number | null = null;
  let reason: FleetStopReason = 'end';
  let error: FleetSourceFailure | null = null;
  emit({ type: 'progress', read: 0, expected: query.limit });
  for (;;) {
    let page: FleetPage;
    try {
      page = await fetchWithRetry(deps, offset, signal);
    } catch (thrown) {
      if (signal.aborted) break;
      reason = 'error';
      error = failureOf(thrown).failure;
      break;
    }
    if (signal.aborted) break;
    pages += 1;
    const taken = page.items.slice(0, query.limit - read);
    for (const item of taken) aggregator.add(item);
    read += taken.length;
    offset += page.items.length;
    total = page.total;
    emit({
      type: 'progress',
      read,
      expected: Math.max(read, Math.min(query.limit, total ?? query.limit)),
    });
    if (read >= query.limit) {
      reason = 'limit';
      break;
    }
    if (page.items.length === 0) break;
    if (total !== null ? offset >= total : page.items.length < FLEET_PAGE_SIZE) break;
  }
  if (signal.aborted) return { cached: false, reason: 'cancelled', read, pages, error: null };

  const counts = aggregator.counts();
  const entry: Omit<CachedWindow, 'fetchedAt'> = {
    aggregator,
    window: {
      limit: query.limit,
      agentId: query.agentId,
      status: query.status,
      read,
      total,
      duplicates: counts.duplicates,
      rejected: counts.rejected,
      pages,
    },
    stop: { reason, error },
  };
  // A partial window is never cached: the next view tries the API again.
  if (reason !== 'error') deps.cache?.set(key, entry);
  emit(resultLine(entry, view, { hit: false, ageSeconds: 0 }, now()));
  return { cached: false, reason, read, pages, error };
}

async function fetchWithRetry(
  deps: FleetJobDeps,
  offset: number,
  signal: AbortSignal,
): Promise<FleetPage> {
  try {
    return await deps.fetchPage(offset, signal);
  } catch (thrown) {
    const failure = failureOf(thrown);
    const delay = failure.retryAfterMs ?? deps.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
    if (signal.aborted || !failure.transient || delay > MAX_RETRY_WAIT_MS) throw failure;
    await abortableWait(delay, signal);
    if (signal.aborted) throw failure;
    return deps.fetchPage(offset, signal);
  }
}

function resultLine(
  entry: Omit<CachedWindow, 'fetchedAt'>,
  view: FleetRequest['view'],
  cache: FleetResultLine['cache'],
  at: number,
): FleetResultLine {
  return {
    type: 'result',
    version: FLEET_WIRE_VERSION,
    window: entry.window,
    complete: entry.stop.reason !== 'error',
    stop: entry.stop,
    cache,
    generatedAt: new Date(at).toISOString(),
    result: entry.aggregator.result(view),
  };
}
