import type { CallResponseJson as CallJson } from '../../api/schema';
import type { LatencyEventJson } from './profiles';
import { allNullCall } from '../edgeCalls';
import { DEMO_SEED } from '../ids';
import { latencyFromEvents } from '../latencyGen';
import { createRandom, uuidFrom, type Random } from '../random';
import { fillerAgent, fillerUser } from '../scenarios';
import {
  FLEET_AGENTS,
  fleetTurnEvents,
  loadAt,
  type AgentProfile,
  type ProviderSet,
} from './profiles';

/**
 * Demo calls for latency across calls (issue 16): about 600 finished calls over the last two
 * weeks, across the three demo agents, with the organisation's load at dispatch between 1 and 40
 * and latency rising with it. Some have no latency (failed, voicemail, hung up early); a few are
 * pathological (2,000 turns, broken or invalid events, absurd values, a load that is not a
 * number). Messages are a few short lines, since the calls list shows these calls too.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const FLEET_DAYS = 14;
export const FLEET_CALL_COUNT = 600;

/** Calls the tests and the docs name. */
export const FLEET_CALL_IDS = {
  longCall: '5f0c1d2e-3a4b-4c5d-8e6f-000000000301',
  brokenEvents: '5f0c1d2e-3a4b-4c5d-8e6f-000000000302',
  eventsNotList: '5f0c1d2e-3a4b-4c5d-8e6f-000000000303',
  latencyNotObject: '5f0c1d2e-3a4b-4c5d-8e6f-000000000304',
  absurdValues: '5f0c1d2e-3a4b-4c5d-8e6f-000000000305',
  loadNotNumber: '5f0c1d2e-3a4b-4c5d-8e6f-000000000306',
} as const;

const iso = (ms: number) => new Date(ms).toISOString();

function pickAgent(random: Random): AgentProfile {
  let r = random.next();
  for (const agent of FLEET_AGENTS) {
    r -= agent.weight;
    if (r < 0) return agent;
  }
  return FLEET_AGENTS[FLEET_AGENTS.length - 1]!;
}

/** A time in the last FLEET_DAYS, mostly in business hours (UTC 13–22), never in the last hour. */
function pickTime(random: Random, now: number): number {
  for (;;) {
    const at = now - HOUR - random.next() * (FLEET_DAYS * DAY - HOUR);
    const hour = new Date(at).getUTCHours();
    const weight = hour >= 13 && hour < 22 ? 1 : hour >= 10 ? 0.35 : 0.08;
    if (random.chance(weight)) return Math.floor(at / 1000) * 1000;
  }
}

interface Plan {
  id: string;
  agent: AgentProfile;
  createdAt: number;
  status: string;
  type: string;
  load: number | null;
  turns: number;
}

function conversation(random: Random, turns: number): unknown[] {
  const messages: unknown[] = [{ role: 'agent', content: 'Hi, how can I help?' }];
  for (let t = 1; t <= turns; t++) {
    messages.push({ role: 'user', content: random.pick(fillerUser) });
    messages.push({ role: 'agent', content: random.pick(fillerAgent) });
  }
  return messages;
}

function latencyFor(
  random: Random,
  events: LatencyEventJson[],
  providers: ProviderSet,
  olderShape: boolean,
): Record<string, unknown> | null {
  const latency = latencyFromEvents(random, events);
  if (!latency) return null;
  const named: [string, string][] = [
    ['stt', providers.stt],
    ['llm_ttft', providers.llm],
    ['tts_ttfb', providers.tts],
    ['eou_delay', providers.eou],
  ];
  for (const [key, provider] of named) {
    const component = latency[key] as Record<string, unknown> | null;
    if (!component) continue;
    // Older payloads name providers only in `providers` (seen in the wild).
    if (olderShape) delete component.provider;
    else component.provider = provider;
  }
  latency.providers = { stt: providers.stt, llm: providers.llm, tts: providers.tts };
  return latency;
}

function build(random: Random, plan: Plan, now: number): CallJson {
  const call = allNullCall(plan.createdAt, plan.id, plan.agent.agentId);
  const ended = plan.status !== 'failed';
  const startedAt = plan.createdAt + random.int(1_000, 6_000);
  const duration = ended ? 12 + plan.turns * random.int(8, 16) : 0;
  call.type = plan.type;
  call.direction = plan.type === 'outbound' ? 'outbound' : 'inbound';
  call.status = plan.status;
  call.started_at = plan.status === 'failed' ? null : iso(startedAt);
  call.ended_at = iso(startedAt + duration * 1000);
  call.duration_seconds = duration;
  call.end_reason = random.pick(
    plan.status === 'failed'
      ? ['dial_failed', 'no_answer']
      : plan.status === 'voicemail'
        ? ['voicemail_detected']
        : ['customer_hangup', 'agent_hangup', 'silence_timeout'],
  );
  call.credits_used = Math.round((duration / 60) * 100) / 100;
  call.cost_cents = plan.type === 'web' ? null : Math.round((duration / 60) * 1.4);
  call.updated_at = iso(startedAt + duration * 1000 + 4_000);
  call.metadata =
    plan.load === null ? { source: 'api' } : { source: 'api', concurrency_at_dispatch: plan.load };
  if (plan.turns === 0) return call;

  const providers = plan.agent.providers(plan.createdAt, now);
  const events: LatencyEventJson[] = [];
  const bareTool = plan.agent.agentId === 'agt_parcel_support' && random.chance(0.1);
  for (let turn = 1; turn <= plan.turns; turn++) {
    const tool = random.chance(0.2)
      ? bareTool
        ? 'tool'
        : `tool:${random.pick(plan.agent.tools)}`
      : null;
    events.push(
      ...fleetTurnEvents(random, turn, providers, plan.load ?? 10, {
        kb: random.chance(plan.agent.kbChance),
        tool,
        interrupted: random.chance(0.03),
      }),
    );
  }
  call.latency = latencyFor(random, events, providers, random.chance(0.1));
  call.messages = conversation(random, plan.turns);
  call.ai_summary = 'The caller asked a few questions; the agent answered them.';
  return call;
}

/**
 * The ordinary fleet calls (`count`, 600 in the demo; the bench asks for more), then the
 * pathological ones. Newest first is left to the caller.
 */
export function fleetCalls({
  seed = DEMO_SEED,
  now,
  count = FLEET_CALL_COUNT,
}: {
  seed?: number;
  now: number;
  count?: number;
}): CallJson[] {
  // Their own stream, so adding them leaves every other demo call exactly as it was.
  const random = createRandom(seed + 1601);
  // One busy afternoon two days ago (UTC 14–17): the load peaks, and latency with it.
  const busyDay = Math.floor((now - 2 * DAY) / DAY) * DAY;
  const busyFrom = busyDay + 14 * HOUR;
  const busyTo = busyDay + 17 * HOUR;
  const calls: CallJson[] = [];
  for (let i = 0; i < count; i++) {
    const agent = pickAgent(random);
    const createdAt =
      i < 40 ? busyFrom + random.next() * (busyTo - busyFrom) : pickTime(random, now);
    const roll = random.next();
    const status = roll < 0.06 ? 'failed' : roll < 0.09 ? 'voicemail' : 'completed';
    // Failed and voicemail calls have no turns; a few completed calls ended before any turn did.
    const turns = status !== 'completed' || random.chance(0.02) ? 0 : random.int(3, 12);
    calls.push(
      build(
        random,
        {
          id: uuidFrom(random),
          agent,
          createdAt: Math.floor(createdAt),
          status,
          type: random.pick(agent.types),
          load: random.chance(0.05) ? null : loadAt(random, createdAt, busyFrom, busyTo),
          turns,
        },
        now,
      ),
    );
  }
  calls.push(...pathologicalCalls(random, now));
  return calls;
}

function pathologicalCalls(random: Random, now: number): CallJson[] {
  const [dental, parcel, renewals] = FLEET_AGENTS as [AgentProfile, AgentProfile, AgentProfile];
  const plan = (
    id: string,
    agent: AgentProfile,
    daysAgo: number,
    turns: number,
    load: number | null,
  ) =>
    build(
      random,
      {
        id,
        agent,
        createdAt: Math.floor((now - daysAgo * DAY) / 1000) * 1000,
        status: 'completed',
        type: agent.types[0]!,
        load,
        turns,
      },
      now,
    );

  const longCall = plan(FLEET_CALL_IDS.longCall, parcel, 3.2, 2000, 18);

  const broken = plan(FLEET_CALL_IDS.brokenEvents, dental, 4.5, 4, 9);
  (broken.latency!.events as unknown[]).push(
    null,
    'stt 120',
    { turn: 'two', type: 'stt', ms: 120 },
    { turn: -1, type: 'stt', ms: 120 },
    { turn: 2, type: 'llm_ttft', ms: 'slow' },
    { turn: 3, type: 'tts_ttfb', ms: -40 },
  );

  const notList = plan(FLEET_CALL_IDS.eventsNotList, renewals, 5.5, 3, 7);
  notList.latency!.events = { '0': { turn: 1, type: 'stt', ms: 130 } };

  const notObject = plan(FLEET_CALL_IDS.latencyNotObject, parcel, 7.5, 0, 5);
  notObject.latency = 'unavailable' as unknown as Record<string, unknown>;

  // Clock skew on the agent's side: a day-long LLM wait and an hour-long TTS wait.
  const absurd = plan(FLEET_CALL_IDS.absurdValues, dental, 8.5, 5, 11);
  const events = absurd.latency!.events as LatencyEventJson[];
  // Which turns a planned call measured depends on the clock it was planned at: set the event
  // if the turn has one, else add it, so the demo never fails to build at some hour of the day.
  const skew = (type: string, turn: number, ms: number) => {
    const found = events.find((e) => e.type === type && e.turn === turn);
    if (found) found.ms = ms;
    else events.push({ turn, type, ms });
  };
  skew('llm_ttft', 2, 86_400_000);
  skew('tts_ttfb', 4, 3_600_000);

  const loadNotNumber = plan(FLEET_CALL_IDS.loadNotNumber, renewals, 9.5, 4, 12);
  loadNotNumber.metadata = { ...loadNotNumber.metadata, concurrency_at_dispatch: '12' };

  return [longCall, broken, notList, notObject, absurd, loadNotNumber];
}
