import type { LatencyEvent } from './events';
import { missingComponents, type ComponentKey } from './completeness';
import { orderTypes } from './segments';

export interface TurnSegment {
  type: string;
  /** Sum of this type's events in the turn (a turn may call the same tool twice). */
  ms: number;
  /** How many events were summed into this segment. */
  events: number;
}

export interface TurnChain {
  turn: number;
  /** Segments in response-cycle order (eou → stt → kb → tools → llm → tts → unknown). */
  segments: TurnSegment[];
  /** The turn's response time: the sum of its segments. */
  totalMs: number;
  /** The segment that took the most time; ties go to the earlier segment. Null when total is 0. */
  dominant: { type: string; ms: number; share: number } | null;
  /** Response components with no event in this turn (src/lib/latency/completeness.ts). */
  missing: ComponentKey[];
  /** All four response components were measured; only complete turns enter the statistics. */
  complete: boolean;
}

/** Groups valid events into one chain per turn, sorted by turn number. */
export function groupTurns(events: readonly LatencyEvent[]): TurnChain[] {
  const byTurn = new Map<number, Map<string, TurnSegment>>();
  for (const e of events) {
    let segments = byTurn.get(e.turn);
    if (!segments) {
      segments = new Map();
      byTurn.set(e.turn, segments);
    }
    const existing = segments.get(e.type);
    if (existing) {
      existing.ms += e.ms;
      existing.events += 1;
    } else {
      segments.set(e.type, { type: e.type, ms: e.ms, events: 1 });
    }
  }
  const chains: TurnChain[] = [];
  for (const [turn, segmentsByType] of byTurn) {
    const segments = orderTypes(segmentsByType.keys()).map((t) => segmentsByType.get(t)!);
    const totalMs = segments.reduce((s, seg) => s + seg.ms, 0);
    const missing = missingComponents(segmentsByType.keys());
    chains.push({
      turn,
      segments,
      totalMs,
      dominant: dominantSegment(segments, totalMs),
      missing,
      complete: missing.length === 0,
    });
  }
  return chains.sort((a, b) => a.turn - b.turn);
}

export function dominantSegment(
  segments: readonly TurnSegment[],
  totalMs: number,
): TurnChain['dominant'] {
  if (totalMs <= 0) return null;
  let best: TurnSegment | null = null;
  for (const seg of segments) if (!best || seg.ms > best.ms) best = seg;
  return best ? { type: best.type, ms: best.ms, share: best.ms / totalMs } : null;
}

/** Total ms per segment type over all turns, and each type's share of all measured time. */
export function timeByType(
  chains: readonly TurnChain[],
): { type: string; ms: number; share: number }[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const chain of chains) {
    for (const seg of chain.segments) {
      totals.set(seg.type, (totals.get(seg.type) ?? 0) + seg.ms);
      all += seg.ms;
    }
  }
  return orderTypes(totals.keys()).map((type) => {
    const ms = totals.get(type)!;
    return { type, ms, share: all > 0 ? ms / all : 0 };
  });
}

/**
 * The next (direction 1) or previous (-1) complete turn over the target, wrapping around; null if
 * none. Incomplete turns are skipped, as they are in the over-target count.
 */
export function adjacentSlowTurn(
  chains: readonly TurnChain[],
  targetMs: number,
  fromTurn: number | null,
  direction: 1 | -1,
): number | null {
  const slow = chains.filter((c) => c.complete && c.totalMs > targetMs).map((c) => c.turn);
  if (slow.length === 0) return null;
  if (fromTurn === null) return direction === 1 ? slow[0]! : slow[slow.length - 1]!;
  if (direction === 1) return slow.find((t) => t > fromTurn) ?? slow[0]!;
  for (let i = slow.length - 1; i >= 0; i--) if (slow[i]! < fromTurn) return slow[i]!;
  return slow[slow.length - 1]!;
}
