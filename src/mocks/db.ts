import type { CallResponseJson } from '../api/schema';
import { conversationFor, type Conversation } from './conversation';
import { demoCalls } from './demoCalls';
import { DEMO_CALL_IDS, DEMO_SEED } from './ids';
import { latencyFromEvents, turnEvents, type LatencyEventJson } from './latencyGen';
import { createRandom } from './random';
import { AGENTS, scenarios } from './scenarios';
import {
  RATE_LIMIT_SECONDS,
  runningInDemoApi,
  STOP_FAULTS,
  talkingInDemoApi,
} from './stopAndStatusCalls';

/** What goes back on the wire for a stop (see answerStop). */
export type StopAnswer =
  | { kind: 'call'; call: CallResponseJson }
  | { kind: 'error'; status: number; body: { detail: string }; headers?: Record<string, string> }
  | { kind: 'text'; status: number; body: string; contentType: string }
  /** The connection breaks: no answer at all. */
  | { kind: 'cut' };

/** The API writes messages, summary and analysis this long after a call ends. */
export const POST_CALL_DELAY_MS = 2500;
const MAX_LIVE_TURNS = 40;

export interface DemoDbOptions {
  seed?: number;
  clock?: () => number;
  count?: number;
}

interface LiveState {
  turns: number;
  events: LatencyEventJson[];
  conversation: Conversation;
  stoppedAt: number | null;
}

/**
 * In-memory demo API state. Live calls evolve: each read of an in_progress call adds a
 * measured turn; a stop ends it, and its post-call data appears POST_CALL_DELAY_MS later.
 */
export function createDemoDb({
  seed = DEMO_SEED,
  clock = () => Date.now(),
  count,
}: DemoDbOptions = {}) {
  let random = createRandom(seed + 7);
  const start = clock();
  const calls = new Map<string, CallResponseJson>();
  for (const call of demoCalls({ seed, now: start, count })) calls.set(call.id, call);
  const order = [...calls.keys()];
  const live = new Map<string, LiveState>();
  const recordingReads = new Map<string, number>();
  const rateLimitedUntil = new Map<string, number>();
  /** Each call as generated, kept from just before its first change (see reset). */
  const pristine = new Map<string, CallResponseJson>();
  const touch = (call: CallResponseJson) => {
    if (!pristine.has(call.id)) pristine.set(call.id, structuredClone(call));
  };

  function seedLive() {
    live.clear();
    for (const call of calls.values()) {
      if (runningInDemoApi(call)) {
        const scenario = scenarios.find((s) => s.agentId === call.agent_id) ?? scenarios[0]!;
        live.set(call.id, {
          turns: 0,
          events: [],
          conversation: conversationFor(createRandom(seed + call.id.length), scenario, 12),
          stoppedAt: null,
        });
      }
    }
  }
  seedLive();

  function advance(call: CallResponseJson, state: LiveState) {
    touch(call);
    const now = clock();
    if (talkingInDemoApi(call) && state.turns < MAX_LIVE_TURNS) {
      state.turns += 1;
      state.events.push(...turnEvents(random, state.turns, { kb: random.chance(0.2) }));
      call.latency = latencyFromEvents(createRandom(seed), state.events);
      call.updated_at = new Date(now).toISOString();
    }
    if (
      state.stoppedAt !== null &&
      now - state.stoppedAt >= POST_CALL_DELAY_MS &&
      call.messages.length === 0
    ) {
      const conv = state.conversation;
      const turnCount = Math.max(1, Math.min(state.turns, 12));
      const scenario = scenarios.find((s) => s.agentId === call.agent_id) ?? scenarios[0]!;
      // Cut the script at the turns that actually happened.
      const cut = conversationFor(createRandom(seed + call.id.length), scenario, turnCount);
      call.messages = state.turns > 0 ? cut.messages : conv.messages.slice(0, 1);
      call.transcript = state.turns > 0 ? cut.transcript : (conv.transcript.split('\n')[0] ?? '');
      const how =
        call.end_reason === 'api_stop' ? 'Call stopped from the console' : 'The caller hung up';
      call.ai_summary = `${how} after ${state.turns} turn(s). ${scenario.summary}`;
      call.analysis = {
        outcome: scenario.outcome,
        summary: call.ai_summary,
        sentiment: scenario.sentiment,
        extracted_data: scenario.extracted,
      };
      call.outcome = scenario.outcome;
      call.updated_at = new Date(now).toISOString();
    }
  }

  /** Ends a running call; its post-call data follows POST_CALL_DELAY_MS later. */
  function end(call: CallResponseJson, reason: string) {
    const state = live.get(call.id);
    if (!state || !runningInDemoApi(call)) return;
    touch(call);
    const now = clock();
    const startedMs = call.started_at ? Date.parse(call.started_at) : now;
    call.status = 'completed';
    call.ended_at = new Date(now).toISOString();
    call.started_at ??= call.ended_at;
    call.duration_seconds = Math.max(0, Math.round((now - startedMs) / 1000));
    call.end_reason = reason;
    call.credits_used = Math.round((call.duration_seconds / 60) * 100) / 100;
    call.cost_cents = call.type === 'web' ? null : Math.round((call.duration_seconds / 60) * 1.4);
    call.updated_at = call.ended_at;
    state.stoppedAt = now;
  }

  return {
    clock,
    /** Back to the data as generated (the unit tests' one store per worker, between files). */
    reset() {
      for (const [id, call] of pristine) calls.set(id, call);
      pristine.clear();
      recordingReads.clear();
      rateLimitedUntil.clear();
      random = createRandom(seed + 7);
      seedLive();
    },
    /** A copy, so callers can never mutate the store by accident. */
    getCall(id: string): CallResponseJson | undefined {
      const call = calls.get(id);
      if (!call) return undefined;
      const state = live.get(id);
      if (state) advance(call, state);
      if (id === DEMO_CALL_IDS.expiredRecording) {
        // The first read hands out a link that has "expired"; later reads sign a fresh one.
        touch(call);
        const reads = (recordingReads.get(id) ?? 0) + 1;
        recordingReads.set(id, reads);
        call.recording_url =
          reads === 1 ? '/demo/expired-recording.ogg' : `/demo/recording.ogg?sig=${reads}`;
      }
      return structuredClone(call);
    },
    stopCall(id: string): CallResponseJson | undefined {
      const call = calls.get(id);
      if (!call) return undefined;
      // Stopping a call that already ended is a no-op, as in the real API.
      end(call, 'api_stop');
      return structuredClone(call);
    },
    /**
     * A stop as the demo API answers it on the wire, faults included (see STOP_FAULTS); the MSW
     * handlers and the bench's fake API both render this. Undefined for an unknown id.
     */
    answerStop(id: string): StopAnswer | undefined {
      const call = calls.get(id);
      if (!call) return undefined;
      const fault = STOP_FAULTS[id];
      if (fault === 'rate-limited') {
        const now = clock();
        const until = rateLimitedUntil.get(id) ?? now + RATE_LIMIT_SECONDS * 1000;
        rateLimitedUntil.set(id, until);
        if (now < until) {
          return {
            kind: 'error',
            status: 429,
            body: { detail: 'Rate limit exceeded' },
            headers: { 'Retry-After': String(Math.ceil((until - now) / 1000)) },
          };
        }
      }
      if (fault === 'conflict') {
        end(call, 'customer_hangup');
        return { kind: 'error', status: 409, body: { detail: 'Call already ended' } };
      }
      const stopped = this.stopCall(id)!;
      if (fault === 'cut') return { kind: 'cut' };
      if (fault === 'bad-gateway') {
        return {
          kind: 'text',
          status: 502,
          body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
          contentType: 'text/html',
        };
      }
      return { kind: 'call', call: stopped };
    },
    listCalls({
      status,
      agentId,
      limit,
      offset,
    }: {
      status?: string | null;
      agentId?: string | null;
      limit: number;
      offset: number;
    }) {
      const matching = order
        .map((id) => calls.get(id)!)
        .filter((c) => (!status || c.status === status) && (!agentId || c.agent_id === agentId));
      const items = matching.slice(offset, offset + limit).map((c) => {
        const state = live.get(c.id);
        if (state) advance(c, state);
        return structuredClone(c);
      });
      return { items, total: matching.length, limit, offset };
    },
    getAgent(id: string) {
      const agent = AGENTS.find((a) => a.id === id);
      return agent
        ? {
            ...agent,
            llm_id: 'gpt-4o-mini',
            enable_recording: true,
            created_at: new Date(start - 86_400_000 * 30).toISOString(),
          }
        : undefined;
    },
  };
}

export type DemoDb = ReturnType<typeof createDemoDb>;
