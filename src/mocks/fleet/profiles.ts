/** One latency event as the API sends it (the spec's shape; values are the demo's). */
export interface LatencyEventJson {
  turn: number;
  type: string;
  ms: number;
}
import type { Random } from '../random';

/**
 * Who serves each agent's calls, and how long each provider takes: the model behind the fleet
 * demo calls. Two providers per component; the renewals agent moves from the first set to the
 * second RECONFIGURED_DAYS_AGO, so its fleet rows show both.
 */
export interface ProviderSet {
  stt: string;
  llm: string;
  tts: string;
  eou: string;
}

const SET_A: ProviderSet = {
  stt: 'deepgram',
  llm: 'openai/gpt-4o-mini',
  tts: 'cartesia',
  eou: 'livekit-turn-detector',
};
const SET_B: ProviderSet = {
  stt: 'assemblyai',
  llm: 'anthropic/claude-3-5-haiku',
  tts: 'elevenlabs',
  eou: 'silero-vad',
};

export const RECONFIGURED_DAYS_AGO = 6;

export interface AgentProfile {
  agentId: string;
  /** Share of the fleet's calls. */
  weight: number;
  types: readonly ('web' | 'inbound' | 'outbound')[];
  tools: readonly string[];
  kbChance: number;
  /** The provider set in use at `createdAt`. */
  providers: (createdAt: number, now: number) => ProviderSet;
}

export const FLEET_AGENTS: readonly AgentProfile[] = [
  {
    agentId: 'agt_dental_reception',
    weight: 0.4,
    types: ['inbound', 'inbound', 'web'],
    tools: ['check_availability', 'book_appointment'],
    kbChance: 0.25,
    providers: () => SET_A,
  },
  {
    agentId: 'agt_parcel_support',
    weight: 0.35,
    types: ['inbound', 'web'],
    tools: ['lookup_parcel', 'add_delivery_note'],
    kbChance: 0.1,
    providers: () => SET_B,
  },
  {
    agentId: 'agt_insurance_renewals',
    weight: 0.25,
    types: ['outbound'],
    tools: ['get_policy', 'set_do_not_call'],
    kbChance: 0.15,
    providers: (createdAt, now) =>
      createdAt < now - RECONFIGURED_DAYS_AGO * 86_400_000
        ? { ...SET_A, tts: SET_B.tts }
        : { ...SET_B, tts: SET_A.tts },
  },
];

/** Typical range (ms) per provider at no load. */
const BASE: Record<string, [number, number]> = {
  deepgram: [60, 140],
  assemblyai: [110, 230],
  'openai/gpt-4o-mini': [220, 480],
  'anthropic/claude-3-5-haiku': [280, 600],
  cartesia: [60, 150],
  elevenlabs: [120, 260],
  'livekit-turn-detector': [80, 220],
  'silero-vad': [140, 320],
};

/** 1 at no load; the LLM slows most as the organisation's calls in flight approach 40. */
function loadFactor(component: 'stt' | 'llm' | 'tts' | 'eou' | 'kb', load: number): number {
  const x = Math.min(load, 40) / 40;
  switch (component) {
    case 'llm':
      return 1 + 1.6 * x * x;
    case 'stt':
      return 1 + 0.3 * x;
    case 'tts':
      return 1 + 0.6 * x ** 1.5;
    case 'kb':
      return 1 + 0.4 * x;
    case 'eou':
      return 1;
  }
}

function ms(random: Random, [lo, hi]: [number, number], factor: number): number {
  // A heavy tail: one event in 16 takes two to three times as long.
  const tail = random.chance(1 / 16) ? 2 + random.next() : 1;
  return Math.round(random.int(lo, hi) * factor * tail);
}

export interface TurnPlan {
  kb: boolean;
  /** `tool:<name>`, or the bare `tool` seen in the wild. */
  tool: string | null;
  /** The caller spoke over the agent: no TTS event, so the turn is incomplete. */
  interrupted: boolean;
}

/** One turn's events, in response-cycle order. */
export function fleetTurnEvents(
  random: Random,
  turn: number,
  providers: ProviderSet,
  load: number,
  plan: TurnPlan,
): LatencyEventJson[] {
  const events: LatencyEventJson[] = [
    { turn, type: 'eou_delay', ms: ms(random, BASE[providers.eou]!, loadFactor('eou', load)) },
    { turn, type: 'stt', ms: ms(random, BASE[providers.stt]!, loadFactor('stt', load)) },
  ];
  if (plan.kb) events.push({ turn, type: 'kb', ms: ms(random, [40, 180], loadFactor('kb', load)) });
  if (plan.tool) events.push({ turn, type: plan.tool, ms: ms(random, [120, 700], 1) });
  events.push({
    turn,
    type: 'llm_ttft',
    ms: ms(random, BASE[providers.llm]!, loadFactor('llm', load)),
  });
  if (!plan.interrupted) {
    events.push({
      turn,
      type: 'tts_ttfb',
      ms: ms(random, BASE[providers.tts]!, loadFactor('tts', load)),
    });
  }
  return events;
}

/**
 * The organisation's calls in flight at an hour of the day (UTC): quiet at night, busiest in
 * North American business hours, between 1 and 40.
 */
export function loadAt(
  random: Random,
  createdAt: number,
  busyFrom: number,
  busyTo: number,
): number {
  if (createdAt >= busyFrom && createdAt < busyTo) return random.int(30, 40);
  const hour = new Date(createdAt).getUTCHours();
  const peak = hour >= 13 && hour < 22 ? 26 : hour >= 10 && hour < 24 ? 12 : 3;
  return Math.max(1, Math.min(40, Math.round(peak * (0.4 + random.next() * 0.9))));
}
