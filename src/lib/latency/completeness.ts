import type { LatencyEvent } from './events';

/**
 * The turn-completeness rule, alone in a small module: the call page's turn badges need it as
 * soon as the call shows, before the latency section and its chart code load (a module the
 * latency section shares with the page is bundled whole into the page's first chunk).
 *
 * A turn is complete when its events include all four response components. An incomplete
 * turn's total is only what was measured, a lower bound, so src/lib/latency/turnStats.ts leaves
 * it out of the statistics. Fleet latency (issue 16) is to reuse these same functions.
 */
export const COMPONENT_KEYS = ['stt', 'llm_ttft', 'tts_ttfb', 'eou_delay'] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];

/** Short names of the components, for badges and tables ("no STT, TTS"). */
export const COMPONENT_SHORT: Readonly<Record<ComponentKey, string>> = {
  stt: 'STT',
  llm_ttft: 'LLM',
  tts_ttfb: 'TTS',
  eou_delay: 'EOU',
};

/** The response components a turn has no event for, in COMPONENT_KEYS order. */
export function missingComponents(types: Iterable<string>): ComponentKey[] {
  const present = new Set(types);
  return COMPONENT_KEYS.filter((key) => !present.has(key));
}

/** What a turn badge and turn linking need of a turn; a TurnChain has it all and more. */
export interface TurnSummary {
  turn: number;
  /** Sum of the turn's valid events. */
  totalMs: number;
  missing: ComponentKey[];
  complete: boolean;
}

/** Each turn's total and completeness straight from the events, without building chains. */
export function summariseTurns(events: readonly LatencyEvent[]): Map<number, TurnSummary> {
  const totals = new Map<number, number>();
  const types = new Map<number, Set<string>>();
  for (const e of events) {
    totals.set(e.turn, (totals.get(e.turn) ?? 0) + e.ms);
    let seen = types.get(e.turn);
    if (!seen) types.set(e.turn, (seen = new Set()));
    seen.add(e.type);
  }
  const summaries = new Map<number, TurnSummary>();
  for (const [turn, totalMs] of totals) {
    const missing = missingComponents(types.get(turn)!);
    summaries.set(turn, { turn, totalMs, missing, complete: missing.length === 0 });
  }
  return summaries;
}
