import { distribution, type Distribution } from './stats';
import type { TurnChain } from './turns';

/**
 * Which turns count, and what they add up to. Pure and cheap (one pass over a call's turns), with
 * no React or DOM: the call page uses it, and fleet latency (issue 16) is to reuse exactly this on
 * the server, so both apply the same rule. From a raw `latency` object:
 * `turnStats(groupTurns(readEvents(latency).valid))`, or `callTurnStats(latency)` in analysis.ts.
 *
 * The rule (src/lib/latency/completeness.ts): a turn is complete when its events include all four
 * response components (stt, llm_ttft, tts_ttfb, eou_delay). An incomplete turn's total is only
 * what was measured, a lower bound: counting it would make the call look faster than it was. So
 * incomplete turns are shown, and marked, but left out of the median, the percentiles and the
 * over-target count.
 */

export interface TurnStats {
  /** Turns with at least one valid event. */
  measured: number;
  /** Measured turns missing a response component: left out of `complete`. */
  incomplete: number;
  /** Distribution of the complete turns' totals; `complete.count` is how many there are. */
  complete: Distribution;
}

/** The totals of the complete turns, in turn order (to pool across calls). */
export function completeTurnTotals(chains: readonly TurnChain[]): number[] {
  const totals: number[] = [];
  for (const chain of chains) if (chain.complete) totals.push(chain.totalMs);
  return totals;
}

export function turnStats(chains: readonly TurnChain[]): TurnStats {
  const totals = completeTurnTotals(chains);
  return {
    measured: chains.length,
    incomplete: chains.length - totals.length,
    complete: distribution(totals),
  };
}

/** Complete turns slower than the target; incomplete turns are never counted. */
export function countOverTarget(chains: readonly TurnChain[], targetMs: number): number {
  let over = 0;
  for (const chain of chains) if (chain.complete && chain.totalMs > targetMs) over += 1;
  return over;
}
