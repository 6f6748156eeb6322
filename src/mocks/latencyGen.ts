import type { Random } from './random';

/** One entry of `latency.events`, as the API sends it. */
export interface LatencyEventJson {
  turn: number;
  type: string;
  ms: number;
}

export const DEMO_PROVIDERS = { stt: 'deepgram', llm: 'openai/gpt-4o-mini', tts: 'cartesia' };

export interface TurnShape {
  kb?: boolean;
  tool?: string;
}

/** Plausible per-turn events: eou → stt → (kb) → (tool) → llm → tts. */
export function turnEvents(random: Random, turn: number, shape: TurnShape): LatencyEventJson[] {
  const slow = random.chance(0.15);
  const events: LatencyEventJson[] = [
    { turn, type: 'eou_delay', ms: random.int(120, slow ? 700 : 420) },
    { turn, type: 'stt', ms: random.int(70, 260) },
  ];
  if (shape.kb) events.push({ turn, type: 'kb', ms: random.int(40, 220) });
  if (shape.tool)
    events.push({ turn, type: `tool:${shape.tool}`, ms: random.int(180, slow ? 2400 : 900) });
  events.push({ turn, type: 'llm_ttft', ms: random.int(240, slow ? 1900 : 700) });
  events.push({ turn, type: 'tts_ttfb', ms: random.int(80, 320) });
  return events;
}

function component(values: number[], provider: string) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const p50 = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    avg_ms: Math.round(values.reduce((s, v) => s + v, 0) / values.length),
    p50_ms: Math.round(p50),
    min_ms: sorted[0],
    max_ms: sorted[sorted.length - 1],
    samples: values.length,
    provider,
  };
}

/** The latency object as the API sends it, aggregated from the events. */
export function latencyFromEvents(
  random: Random,
  events: LatencyEventJson[],
  withConnect = true,
): Record<string, unknown> | null {
  if (events.length === 0) return null;
  // One pass over the events: calls of 5,000 messages carry over 10,000 of them, and a filter
  // per type and per turn made building the demo store take 110 ms of every test's time.
  const byType = new Map<string, number[]>();
  const totalByTurn = new Map<number, number>();
  for (const e of events) {
    const values = byType.get(e.type);
    if (values) values.push(e.ms);
    else byType.set(e.type, [e.ms]);
    totalByTurn.set(e.turn, (totalByTurn.get(e.turn) ?? 0) + e.ms);
  }
  const of = (type: string) => byType.get(type) ?? [];
  const latency: Record<string, unknown> = {
    stt: component(of('stt'), DEMO_PROVIDERS.stt),
    llm_ttft: component(of('llm_ttft'), DEMO_PROVIDERS.llm),
    tts_ttfb: component(of('tts_ttfb'), DEMO_PROVIDERS.tts),
    eou_delay: component(of('eou_delay'), 'livekit-turn-detector'),
    events,
    providers: { ...DEMO_PROVIDERS },
  };
  if (withConnect) {
    latency.connect = {
      setup_ms: random.int(120, 450),
      dispatch_to_answer_ms: random.int(900, 4200),
      answer_to_active_ms: random.int(80, 350),
      active_to_greeting_ms: random.int(350, 1200),
    };
  }
  const totals = [...totalByTurn.values()];
  latency.perceived = {
    avg_ms: Math.round(totals.reduce((s, v) => s + v, 0) / totals.length),
    p50_ms: [...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)],
    turns: totals.length,
  };
  latency.worker = { worker_id: 'wrk-eu-2', load1: 0.42, mem_pct: 37.5 };
  return latency;
}
