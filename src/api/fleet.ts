import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ApiError, defaultMessage, errorFromResponse } from './errors';

/**
 * GET /console/latency: latency across the most recent calls, aggregated by the console server
 * (or demo mode's handler) and streamed as NDJSON: progress lines, then one result line
 * (docs/notes/fleet.md). Validated here like any answer; the browser never sees the calls.
 */

const ms = z.nullable(z.number());
const count = z.number();
const stats = z.object({ count, p50: ms, p90: ms, p95: ms, p99: ms, max: ms });
const medianP95 = z.object({ count, p50: ms, p95: ms });
const componentRow = z.object({ type: z.string(), ...stats.shape });
const providerRow = z.object({
  type: z.string(),
  provider: z.nullable(z.string()),
  calls: count,
  ...stats.shape,
});
const nullableString = z.nullable(z.string());
const numbers = z.array(z.number());
const nullableNumbers = z.array(ms);
const nullableStrings = z.array(nullableString);

const rowColumns = z.object({
  id: z.array(z.string()),
  agentId: nullableStrings,
  status: nullableStrings,
  type: nullableStrings,
  createdAt: nullableStrings,
  concurrency: nullableNumbers,
  latency: z.array(z.string()),
  completeTurns: numbers,
  incompleteTurns: numbers,
  invalidEvents: numbers,
  medianMs: nullableNumbers,
  p95Ms: nullableNumbers,
  slowestMs: nullableNumbers,
  slowestTurn: nullableNumbers,
  overTarget: numbers,
  dominant: nullableStrings,
  dominantShare: nullableNumbers,
});

const resultSchema = z.object({
  targetMs: z.number(),
  tzOffsetMin: z.number(),
  filters: z.object({ type: nullableString, from: nullableString, to: nullableString }),
  calls: z.object({
    read: count,
    aggregated: count,
    withLatency: count,
    noLatency: count,
    latencyNotObject: count,
    eventsNotList: count,
    noValidEvents: count,
    withInvalidEvents: count,
  }),
  span: z.object({ first: nullableString, last: nullableString }),
  invalid: z.object({
    events: count,
    calls: count,
    reasons: z.array(
      z.object({
        reason: z.string(),
        events: count,
        calls: count,
        sampleCallIds: z.array(z.string()),
      }),
    ),
  }),
  components: z.array(componentRow),
  otherTypes: z.nullable(z.object({ types: count, stats })),
  turns: z.object({
    measured: count,
    incomplete: count,
    complete: stats,
    overTarget: count,
    overTargetShare: ms,
    histogram: z.object({
      binMs: z.number(),
      counts: numbers,
      overflowFrom: z.number(),
      overflow: count,
    }),
  }),
  byAgent: z.array(
    z.object({
      agentId: nullableString,
      calls: count,
      turns: medianP95,
      components: z.array(componentRow),
      providers: z.array(providerRow),
    }),
  ),
  otherAgents: z.nullable(z.object({ agents: count, calls: count })),
  byProvider: z.array(providerRow),
  byLoad: z.object({
    binned: z.boolean(),
    bins: z.array(
      z.object({
        from: z.number(),
        to: z.number(),
        calls: count,
        turns: medianP95,
        llmTtft: medianP95,
      }),
    ),
    withoutLoad: z.object({ missing: count, unusable: count }),
  }),
  overTime: z.object({
    unit: z.enum(['hour', 'day', 'week']),
    buckets: z.array(z.object({ start: z.string(), calls: count, turns: medianP95 })),
    undated: count,
  }),
  slowest: numbers,
  rows: rowColumns,
});

const FLEET_ANSWER_VERSION = 1;

const progressSchema = z.object({ type: z.enum(['progress']), read: count, expected: count });

const resultLineSchema = z.object({
  // z.enum, not z.literal: the literal schema would join the call page's first chunk (zod is
  // shared), and the version is checked by hand below.
  type: z.enum(['result']),
  version: z.number(),
  window: z.object({
    limit: count,
    agentId: nullableString,
    status: nullableString,
    read: count,
    total: ms,
    duplicates: count,
    rejected: count,
    pages: count,
  }),
  complete: z.boolean(),
  stop: z.object({
    reason: z.enum(['limit', 'end', 'error']),
    error: z.nullable(
      z.object({
        kind: z.enum(['timeout', 'unreachable', 'cut', 'bad_answer', 'refused']),
        status: ms,
        detail: z.string(),
      }),
    ),
  }),
  cache: z.object({ hit: z.boolean(), ageSeconds: count }),
  generatedAt: z.string(),
  result: resultSchema,
});

type RowColumns = z.infer<typeof rowColumns>;
/** One call of the window, with its latency columns (whole ms). */
export type FleetCallRow = { [K in keyof RowColumns]: RowColumns[K][number] };
type ResultWire = z.infer<typeof resultSchema>;
export type FleetResult = Omit<ResultWire, 'rows' | 'slowest'> & {
  rows: FleetCallRow[];
  /** The calls with the slowest p95 turn, slowest first. */
  slowest: FleetCallRow[];
};
export type FleetAnswer = Omit<z.infer<typeof resultLineSchema>, 'result'> & {
  result: FleetResult;
};
export type FleetProgress = z.infer<typeof progressSchema>;

function badLine(message: string, raw: unknown): ApiError {
  return new ApiError({ kind: 'bad_response', status: 200, message, raw });
}

/** Turns the columns back into one object per call; columns of unequal length are refused. */
function rowsOf(columns: RowColumns, raw: unknown): FleetCallRow[] {
  const keys = Object.keys(columns) as (keyof RowColumns)[];
  const length = columns.id.length;
  if (keys.some((k) => columns[k].length !== length)) {
    throw badLine('The latency answer’s call rows have columns of different lengths.', raw);
  }
  return columns.id.map((_, i) => {
    const row = {} as Record<string, unknown>;
    for (const k of keys) row[k] = columns[k][i];
    return row as FleetCallRow;
  });
}

/** Validates one line of the stream. */
export function parseFleetLine(
  raw: unknown,
): { type: 'progress'; progress: FleetProgress } | { type: 'result'; answer: FleetAnswer } {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : null;
  if (type === 'progress') {
    const parsed = progressSchema.safeParse(raw);
    if (parsed.success) return { type: 'progress', progress: parsed.data };
  } else if (type === 'result') {
    const parsed = resultLineSchema.safeParse(raw);
    if (parsed.success && parsed.data.version !== FLEET_ANSWER_VERSION) {
      throw badLine(
        `The latency answer has version ${parsed.data.version}; this page reads 1.`,
        raw,
      );
    }
    if (parsed.success) {
      const { result, ...rest } = parsed.data;
      const rows = rowsOf(result.rows, raw);
      const slowest = result.slowest.flatMap((i) => (rows[i] ? [rows[i]] : []));
      return { type: 'result', answer: { ...rest, result: { ...result, rows, slowest } } };
    }
    throw badLine(
      `The latency answer does not have the expected shape (${parsed.error.issues[0]?.path.join('.') ?? '?'}).`,
      raw,
    );
  }
  throw badLine('The latency stream sent a line the console does not understand.', raw);
}

export interface FleetParams {
  limit?: 100 | 500 | 1000 | 5000;
  agentId?: string;
  status?: string;
  type?: string;
  /** ISO 8601 dates or date-times. */
  from?: string;
  to?: string;
  targetMs?: number;
  /** Minutes east of UTC (for day buckets); `-new Date().getTimezoneOffset()`. */
  tzOffsetMin?: number;
  /** Read the API again instead of the server's cached window. */
  fresh?: boolean;
}

export function fleetSearch(params: FleetParams): string {
  const search = new URLSearchParams();
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') search.set(name, String(value));
  };
  set('limit', params.limit);
  set('agent_id', params.agentId);
  set('status', params.status);
  set('type', params.type);
  set('from', params.from);
  set('to', params.to);
  set('target_ms', params.targetMs);
  set('tz_offset_min', params.tzOffsetMin);
  if (params.fresh) search.set('fresh', '1');
  return search.toString();
}

/** No line for this long means the stream is stuck (the server sends one per page). */
export const FLEET_IDLE_TIMEOUT_MS = 30_000;

/**
 * Reads the stream to its result line, reporting progress as it comes. Aborting `signal`
 * cancels the request, and the console server stops paging the API at once.
 */
export async function fetchFleetLatency(
  params: FleetParams,
  {
    signal,
    onProgress,
    idleTimeoutMs = FLEET_IDLE_TIMEOUT_MS,
  }: {
    signal?: AbortSignal;
    onProgress?: (progress: FleetProgress) => void;
    idleTimeoutMs?: number;
  } = {},
): Promise<FleetAnswer> {
  const idle = new AbortController();
  const combined = signal ? AbortSignal.any([signal, idle.signal]) : idle.signal;
  let timer = setTimeout(() => idle.abort(), idleTimeoutMs);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), idleTimeoutMs);
  };
  const query = fleetSearch(params);
  try {
    let response: Response;
    try {
      response = await fetch(`/console/latency${query ? `?${query}` : ''}`, {
        signal: combined,
        headers: { Accept: 'application/x-ndjson, application/json' },
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw streamFailure(cause, signal, idle.signal, idleTimeoutMs);
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      let body: unknown = text;
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        // Not JSON: shown as text.
      }
      throw errorFromResponse(response.status, body, response.headers.get('Retry-After'));
    }
    if (!response.body) throw badLine('The latency answer has no body.', null);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    // Not every fetch ties a body already being read to its signal: cancel the reader too.
    combined.addEventListener('abort', () => void reader.cancel().catch(() => undefined), {
      once: true,
    });
    let buffered = '';
    for (;;) {
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch (cause) {
        throw streamFailure(cause, signal, idle.signal, idleTimeoutMs);
      }
      if (combined.aborted)
        throw streamFailure(combined.reason, signal, idle.signal, idleTimeoutMs);
      touch();
      if (chunk.done) break;
      buffered += chunk.value;
      let newline = buffered.indexOf('\n');
      while (newline !== -1) {
        const text = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
        if (text.trim() === '') continue;
        let raw: unknown;
        try {
          raw = JSON.parse(text) as unknown;
        } catch {
          throw badLine('The latency stream sent a line that is not JSON.', text);
        }
        const line = parseFleetLine(raw);
        if (line.type === 'result') {
          void reader.cancel();
          return line.answer;
        }
        onProgress?.(line.progress);
      }
    }
    throw new ApiError({
      kind: 'network',
      message: 'The latency stream ended before its result arrived. Try again.',
    });
  } finally {
    clearTimeout(timer);
  }
}

function streamFailure(
  cause: unknown,
  signal: AbortSignal | undefined,
  idle: AbortSignal,
  idleTimeoutMs: number,
) {
  if (signal?.aborted) return cause; // React Query cancelled it; not an error to show.
  if (idle.aborted) {
    return new ApiError({
      kind: 'timeout',
      message: `The latency stream sent nothing for ${Math.round(idleTimeoutMs / 100) / 10} s.`,
    });
  }
  return new ApiError({ kind: 'network', message: defaultMessage('network'), raw: String(cause) });
}

/**
 * Progress of the windows being read, by their query string: queryFn publishes each progress
 * line here, and the page subscribes (useSyncExternalStore). Kept out of the query key, which
 * must stay plain data.
 */
const progressByWindow = new Map<string, FleetProgress>();
const listeners = new Set<() => void>();

function publishProgress(params: FleetParams, progress: FleetProgress | null) {
  const key = fleetSearch(params);
  if (progress) progressByWindow.set(key, progress);
  else progressByWindow.delete(key);
  for (const listener of listeners) listener();
}

export const fleetProgress = {
  /** The last progress line of the window being read for `params`, or null. */
  get: (params: FleetParams): FleetProgress | null =>
    progressByWindow.get(fleetSearch(params)) ?? null,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The console server keeps a window for 60 s; the page keeps its answer as long. */
export const FLEET_STALE_MS = 60_000;

export const fleetQueries = {
  all: () => ['fleet'] as const,
  windows: () => [...fleetQueries.all(), 'window'] as const,
  /**
   * One window's figures; its progress is in `fleetProgress` while it is read. Not retried by
   * itself: a window can be 50 pages of the API, so trying again is the user's call.
   */
  window: (params: FleetParams) =>
    queryOptions({
      queryKey: [...fleetQueries.windows(), params] as const,
      queryFn: async ({ signal }) => {
        publishProgress(params, null);
        try {
          return await fetchFleetLatency(params, {
            signal,
            onProgress: (progress) => publishProgress(params, progress),
          });
        } finally {
          publishProgress(params, null);
        }
      },
      staleTime: FLEET_STALE_MS,
      retry: false,
    }),
};
