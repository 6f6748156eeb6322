import { isRecord } from '../json';
import { readEvents, type EventReadout } from '../latency/events';
import { countOverTarget, turnStats } from '../latency/turnStats';
import { groupTurns, timeByType, type TurnChain } from '../latency/turns';

/**
 * One call's latency as the fleet view and the calls list read it, by the call page's rules and
 * code: events read by `readEvents`, turns by `groupTurns`, statistics by `turnStats` (only
 * complete turns count; `callTurnStats` in src/lib/latency/analysis.ts is the same composition).
 */

/** What a call's `latency` field held. */
export type LatencyState =
  /** At least one valid event. */
  | 'ok'
  /** null or absent: no turn has completed (or the API measured nothing). */
  | 'none'
  /** Something other than an object (a string, a list…). */
  | 'not-object'
  /** An object whose `events` is not a list. */
  | 'events-not-list'
  /** An object with no valid event (none sent, or all of them invalid). */
  | 'no-events';

export interface CallTurnSummary {
  latency: LatencyState;
  /** Turns with at least one valid event. */
  measuredTurns: number;
  completeTurns: number;
  /** Measured turns missing a response component: left out of every figure below. */
  incompleteTurns: number;
  validEvents: number;
  invalidEvents: number;
  /** Why events were left out, with how many (readEvents' reasons, plus whole-field problems). */
  invalidReasons: [reason: string, events: number][];
  /** Median and p95 of the complete turns' totals (linear interpolation). */
  medianMs: number | null;
  p95Ms: number | null;
  /** The slowest complete turn; ties go to the earlier turn. */
  slowest: { turn: number; ms: number } | null;
  /**
   * The type with the most time over all measured turns, and its share (as on the call page);
   * the share is null when absurd values make the sum overflow.
   */
  dominant: { type: string; share: number | null } | null;
}

export interface CallLatencyColumns extends CallTurnSummary {
  /** Complete turns slower than `targetMs`; incomplete turns are never counted. */
  overTarget: number;
  targetMs: number;
}

/** A reason for a whole `latency` field (not one event) that could not be read. */
export const LATENCY_NOT_OBJECT = 'latency is not an object';
export const EVENTS_NOT_LIST = 'latency.events is not a list';

export interface CallLatencyReading {
  summary: CallTurnSummary;
  /** The `latency` object, or null when there is none (or it is not an object). */
  record: Record<string, unknown> | null;
  events: EventReadout;
  chains: TurnChain[];
}

function stateOf(latency: unknown, events: EventReadout): LatencyState {
  if (latency === null || latency === undefined) return 'none';
  if (!isRecord(latency)) return 'not-object';
  if (events.problem) return 'events-not-list';
  return events.valid.length > 0 ? 'ok' : 'no-events';
}

function countReasons(events: EventReadout, latency: unknown): [string, number][] {
  const counts = new Map<string, number>();
  for (const bad of events.invalid) counts.set(bad.reason, (counts.get(bad.reason) ?? 0) + 1);
  const reasons = [...counts];
  if (latency !== null && latency !== undefined && !isRecord(latency)) {
    reasons.push([LATENCY_NOT_OBJECT, 0]);
  }
  if (events.problem) reasons.push([EVENTS_NOT_LIST, 0]);
  return reasons;
}

function slowestComplete(chains: readonly TurnChain[]): CallTurnSummary['slowest'] {
  let slowest: TurnChain | null = null;
  for (const chain of chains) {
    if (chain.complete && (!slowest || chain.totalMs > slowest.totalMs)) slowest = chain;
  }
  return slowest ? { turn: slowest.turn, ms: slowest.totalMs } : null;
}

function dominantType(chains: readonly TurnChain[]): CallTurnSummary['dominant'] {
  let best: { type: string; ms: number; share: number } | null = null;
  for (const t of timeByType(chains)) if (!best || t.ms > best.ms) best = t;
  if (!best || !(best.ms > 0)) return null;
  return { type: best.type, share: Number.isFinite(best.share) ? best.share : null };
}

/** Reads one call's `latency` field (anything at all) into its turns and their summary. */
export function readCallLatency(latency: unknown): CallLatencyReading {
  const record = isRecord(latency) ? latency : null;
  const events = readEvents(record);
  const chains = groupTurns(events.valid);
  const stats = turnStats(chains);
  return {
    record,
    events,
    chains,
    summary: {
      latency: stateOf(latency, events),
      measuredTurns: stats.measured,
      completeTurns: stats.complete.count,
      incompleteTurns: stats.incomplete,
      validEvents: events.valid.length,
      invalidEvents: events.invalid.length,
      invalidReasons: countReasons(events, latency),
      medianMs: stats.complete.p50,
      p95Ms: stats.complete.p95,
      slowest: slowestComplete(chains),
      dominant: dominantType(chains),
    },
  };
}

/**
 * A call's latency columns for the calls list: median turn, slowest turn (with its number) and
 * how many complete turns are over the target, computed from the list item's own `latency`.
 */
export function callLatencyColumns(latency: unknown, targetMs: number): CallLatencyColumns {
  const { summary, chains } = readCallLatency(latency);
  return { ...summary, overTarget: countOverTarget(chains, targetMs), targetMs };
}
