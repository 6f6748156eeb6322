/**
 * What GET /console/latency answers, line by line (NDJSON: one JSON object per line). The console
 * server and demo mode's handler both write it; src/api/fleet.ts reads it. docs/notes/fleet.md
 * describes every field.
 */
export const FLEET_WIRE_VERSION = 1;

/** Milliseconds are rounded to 0.1 ms on the wire; anything not finite is sent as null. */
export type Ms = number | null;

export interface FleetStats {
  count: number;
  p50: Ms;
  p90: Ms;
  p95: Ms;
  p99: Ms;
  max: Ms;
}

export interface FleetMedianP95 {
  count: number;
  p50: Ms;
  p95: Ms;
}

export interface ComponentRow extends FleetStats {
  type: string;
}

export interface ProviderRow extends FleetStats {
  type: string;
  /** null: the call did not say which provider served this component. */
  provider: string | null;
  /** Calls whose events are pooled here. */
  calls: number;
}

export interface AgentRow {
  /** null: calls without an agent_id. */
  agentId: string | null;
  calls: number;
  turns: FleetMedianP95;
  components: ComponentRow[];
  /** Per component and provider: an agent reconfigured mid-window has two rows for a component. */
  providers: ProviderRow[];
}

export interface LoadBin {
  /** Levels from `from` (included) to `to` (excluded); one level when `to - from === 1`. */
  from: number;
  to: number;
  calls: number;
  turns: FleetMedianP95;
  llmTtft: FleetMedianP95;
}

export interface TimeBucket {
  /** Start of the bucket, ISO 8601 in UTC (aligned to the requested UTC offset). */
  start: string;
  calls: number;
  turns: FleetMedianP95;
}

export interface InvalidReason {
  reason: string;
  /** Events left out for this reason (0 for a whole field that could not be read). */
  events: number;
  calls: number;
  /** A few of the calls, to open them. */
  sampleCallIds: string[];
}

/** One call's compact row (per-call milliseconds rounded to whole ms). */
export interface CallRow {
  id: string;
  agentId: string | null;
  status: string | null;
  type: string | null;
  createdAt: string | null;
  /** `metadata.concurrency_at_dispatch` when it is a whole number ≥ 0. */
  concurrency: number | null;
  latency: 'ok' | 'none' | 'not-object' | 'events-not-list' | 'no-events';
  completeTurns: number;
  incompleteTurns: number;
  invalidEvents: number;
  medianMs: Ms;
  p95Ms: Ms;
  slowestMs: Ms;
  slowestTurn: number | null;
  overTarget: number;
  dominant: string | null;
  dominantShare: number | null;
}

/**
 * The rows by column (one array per field, all as long as `id`): 5,000 objects' keys would cost
 * bytes, and like values side by side compress ~15% better than rows (docs/notes/fleet.md).
 */
export type CallRowColumns = { [K in keyof CallRow]: CallRow[K][] };

export interface FleetResult {
  targetMs: number;
  tzOffsetMin: number;
  filters: { type: string | null; from: string | null; to: string | null };
  calls: {
    /** Calls read from the list (after duplicates and non-calls were set aside). */
    read: number;
    /** Calls passing the type and date filters: everything below counts these. */
    aggregated: number;
    withLatency: number;
    noLatency: number;
    latencyNotObject: number;
    eventsNotList: number;
    noValidEvents: number;
    withInvalidEvents: number;
  };
  /** The earliest and latest `created_at` among the aggregated calls. */
  span: { first: string | null; last: string | null };
  invalid: { events: number; calls: number; reasons: InvalidReason[] };
  /** Every valid event of each type pooled (p50…max by linear interpolation). */
  components: ComponentRow[];
  /** Types beyond the ones listed, pooled together (hostile data can send thousands). */
  otherTypes: { types: number; stats: FleetStats } | null;
  turns: {
    measured: number;
    incomplete: number;
    /** The complete turns' totals. */
    complete: FleetStats;
    overTarget: number;
    /** Share of complete turns over the target (0–1), null without complete turns. */
    overTargetShare: number | null;
    histogram: { binMs: number; counts: number[]; overflowFrom: number; overflow: number };
  };
  byAgent: AgentRow[];
  otherAgents: { agents: number; calls: number } | null;
  byProvider: ProviderRow[];
  byLoad: {
    /** True when levels are grouped into ranges (too many levels to show one by one). */
    binned: boolean;
    bins: LoadBin[];
    withoutLoad: { missing: number; unusable: number };
  };
  overTime: { unit: 'hour' | 'day' | 'week'; buckets: TimeBucket[]; undated: number };
  /** Indexes into the rows, slowest p95 turn first. */
  slowest: number[];
  rows: CallRowColumns;
}

export interface FleetProgressLine {
  type: 'progress';
  /** List items read so far. */
  read: number;
  /** How many the window will hold: the limit, or the API's total when smaller. */
  expected: number;
}

export type FleetStopReason = 'limit' | 'end' | 'error';

export interface FleetSourceFailure {
  kind: 'timeout' | 'unreachable' | 'cut' | 'bad_answer' | 'refused';
  /** The API's status when it answered. */
  status: number | null;
  detail: string;
}

export interface FleetResultLine {
  type: 'result';
  version: typeof FLEET_WIRE_VERSION;
  window: {
    limit: number;
    agentId: string | null;
    status: string | null;
    /** List items read (duplicates and non-calls included). */
    read: number;
    /** The API's `total` on its last page, when it sent a number. */
    total: number | null;
    duplicates: number;
    /** List items that were not calls (not an object with an id). */
    rejected: number;
    pages: number;
  };
  /** False when paging stopped on an error: the figures cover only `window.read` items. */
  complete: boolean;
  stop: { reason: FleetStopReason; error: FleetSourceFailure | null };
  cache: { hit: boolean; ageSeconds: number };
  generatedAt: string;
  result: FleetResult;
}

export type FleetLine = FleetProgressLine | FleetResultLine;

/** One NDJSON line. JSON.stringify escapes newlines inside strings, so a line is one line. */
export function encodeFleetLine(line: FleetLine): string {
  return `${JSON.stringify(line)}\n`;
}

export const FLEET_CONTENT_TYPE = 'application/x-ndjson; charset=utf-8';
