import type { CallJson, LatencyEventJson } from './callJson';
import { latencyFromEvents, turnEvents } from './latencyGen';
import { createRandom, uuidFrom, type Random } from './random';
import { AGENTS, fillerAgent, fillerUser, scenarios, type Scenario } from './scenarios';
import {
  withIncompleteTurns,
  withNamedTranscript,
  withOtherMessageShapes,
  withZeroBasedTurns,
} from './shapeCalls';

export const DEMO_SEED = 20261122;

/** Calls with a known id, so demo links, tests and the bench can name them. */
export const DEMO_CALL_IDS = {
  live: '5f0c1d2e-3a4b-4c5d-8e6f-000000000001',
  queued: '5f0c1d2e-3a4b-4c5d-8e6f-000000000002',
  initiated: '5f0c1d2e-3a4b-4c5d-8e6f-000000000003',
  booked: '5f0c1d2e-3a4b-4c5d-8e6f-000000000004',
  failedTool: '5f0c1d2e-3a4b-4c5d-8e6f-000000000005',
  failed: '5f0c1d2e-3a4b-4c5d-8e6f-000000000006',
  legacyTranscript: '5f0c1d2e-3a4b-4c5d-8e6f-000000000007',
  stringTranscript: '5f0c1d2e-3a4b-4c5d-8e6f-000000000008',
  oddMessages: '5f0c1d2e-3a4b-4c5d-8e6f-000000000009',
  hostile: '5f0c1d2e-3a4b-4c5d-8e6f-00000000000a',
  expiredRecording: '5f0c1d2e-3a4b-4c5d-8e6f-00000000000b',
  allNull: '5f0c1d2e-3a4b-4c5d-8e6f-00000000000c',
  large: '5f0c1d2e-3a4b-4c5d-8e6f-00000000000d',
  // src/mocks/stopAndStatusCalls.ts: undocumented statuses, an off-host recording, stop faults.
  ringing: '5f0c1d2e-3a4b-4c5d-8e6f-000000000101',
  upperCaseLive: '5f0c1d2e-3a4b-4c5d-8e6f-000000000102',
  hyphenLive: '5f0c1d2e-3a4b-4c5d-8e6f-000000000103',
  voicemail: '5f0c1d2e-3a4b-4c5d-8e6f-000000000104',
  offHostRecording: '5f0c1d2e-3a4b-4c5d-8e6f-000000000105',
  stopAnswerCut: '5f0c1d2e-3a4b-4c5d-8e6f-000000000106',
  stopAnswerBadGateway: '5f0c1d2e-3a4b-4c5d-8e6f-000000000107',
  stopConflict: '5f0c1d2e-3a4b-4c5d-8e6f-000000000108',
  stopRateLimited: '5f0c1d2e-3a4b-4c5d-8e6f-000000000109',
  // src/mocks/shapeCalls.ts: incomplete turns, a 0-based chain, other message shapes.
  incompleteTurns: '5f0c1d2e-3a4b-4c5d-8e6f-000000000201',
  zeroBasedTurns: '5f0c1d2e-3a4b-4c5d-8e6f-000000000202',
  otherMessageShapes: '5f0c1d2e-3a4b-4c5d-8e6f-000000000203',
  namedTranscript: '5f0c1d2e-3a4b-4c5d-8e6f-000000000204',
} as const;

export const DEMO_RECORDING_PATH = '/demo/recording.ogg';
export const DEMO_EXPIRED_RECORDING_PATH = '/demo/expired-recording.ogg';

const iso = (ms: number) => new Date(ms).toISOString();

export interface Conversation {
  messages: unknown[];
  events: LatencyEventJson[];
  transcript: string;
}

/** Messages, per-turn latency events and a transcript string for one scripted conversation. */
export function conversationFor(
  random: Random,
  scenario: Scenario,
  turnCount?: number,
): Conversation {
  const messages: unknown[] = [{ role: 'agent', content: scenario.greeting }];
  const events: LatencyEventJson[] = [];
  const lines = [`Agent: ${scenario.greeting}`];
  const count = turnCount ?? scenario.turns.length;
  for (let i = 0; i < count; i++) {
    const turn = i + 1;
    const scripted = scenario.turns[i];
    const user = scripted?.user ?? random.pick(fillerUser);
    const agent = scripted?.agent ?? random.pick(fillerAgent);
    messages.push({ role: 'user', content: user });
    lines.push(`User: ${user}`);
    if (scripted?.tool) {
      const toolCallId = `call_${turn}_${Math.floor(random.next() * 1e9).toString(36)}`;
      messages.push({
        role: 'tool_call',
        name: scripted.tool.name,
        arguments: JSON.stringify(scripted.tool.args),
        tool_call_id: toolCallId,
      });
      messages.push({
        role: 'tool_result',
        tool_call_id: toolCallId,
        content: JSON.stringify(scripted.tool.result),
        is_error: scripted.tool.isError ?? false,
      });
    }
    messages.push({ role: 'agent', content: agent });
    lines.push(`Agent: ${agent}`);
    events.push(
      ...turnEvents(random, turn, {
        kb: scripted?.kb ?? random.chance(0.1),
        tool: scripted?.tool?.name,
      }),
    );
  }
  return { messages, events, transcript: lines.join('\n') };
}

function phone(random: Random): string {
  return `+1${random.int(201, 989)}${random.int(200, 999)}${String(random.int(0, 9999)).padStart(4, '0')}`;
}

interface BaseOptions {
  id: string;
  scenario: Scenario;
  createdAt: number;
  status: string;
  type?: 'web' | 'inbound' | 'outbound';
}

/** A finished (or live) call built from a scenario. Live calls carry no post-call data. */
export function buildCall(random: Random, o: BaseOptions): CallJson {
  const type = o.type ?? random.pick(['web', 'inbound', 'outbound'] as const);
  const direction = type === 'outbound' ? 'outbound' : 'inbound';
  const agentPhone = '+14155550100';
  const caller = phone(random);
  const conv = conversationFor(random, o.scenario);
  const startedAt = o.createdAt + random.int(1_000, 6_000);
  const duration = random.int(45, 420);
  const live = o.status === 'queued' || o.status === 'initiated' || o.status === 'in_progress';
  const ended = !live;
  const failed = o.status === 'failed';
  const recorded = ended && !failed && random.chance(0.8);
  return {
    id: o.id,
    agent_id: o.scenario.agentId,
    type,
    status: o.status,
    from_number: type === 'web' ? null : direction === 'outbound' ? agentPhone : caller,
    to_number: type === 'web' ? null : direction === 'outbound' ? caller : agentPhone,
    room_name: type === 'web' ? `web-${o.id.slice(0, 8)}` : null,
    direction,
    twilio_call_sid: type === 'web' ? null : `CA${uuidFrom(random).replace(/-/g, '').slice(0, 32)}`,
    scheduled_at: type === 'outbound' && random.chance(0.4) ? iso(o.createdAt - 3_600_000) : null,
    variables: {
      customer_name: 'Maria',
      locale: 'en-US',
      campaign: type === 'outbound' ? 'renewals-q4' : null,
    },
    started_at: o.status === 'queued' || failed ? null : iso(startedAt),
    ended_at: ended ? iso(startedAt + (failed ? 0 : duration * 1000)) : null,
    duration_seconds: ended ? (failed ? 0 : duration) : null,
    end_reason: ended
      ? failed
        ? random.pick(['dial_failed', 'no_answer', 'carrier_error'])
        : random.pick([
            'customer_hangup',
            'agent_hangup',
            'silence_timeout',
            'max_duration',
            'api_stop',
          ])
      : null,
    outcome: ended ? (failed ? 'Not Connected' : o.scenario.outcome) : null,
    transcript: ended && !failed ? conv.transcript : null,
    messages: ended && !failed ? conv.messages : [],
    recording_url: recorded ? DEMO_RECORDING_PATH : null,
    ai_summary: ended && !failed ? o.scenario.summary : null,
    analysis:
      ended && !failed
        ? {
            outcome: o.scenario.outcome,
            summary: o.scenario.summary,
            sentiment: o.scenario.sentiment,
            extracted_data: o.scenario.extracted,
          }
        : null,
    latency: ended && !failed ? latencyFromEvents(random, conv.events) : null,
    // Carrier cost only exists for phone calls; about 1.4 cents a minute.
    cost_cents: ended && type !== 'web' ? Math.round((failed ? 0 : duration / 60) * 1.4) : null,
    credits_used: ended ? Math.round((failed ? 0 : duration / 60) * 100) / 100 : null,
    kb_snapshot:
      ended && !failed ? { kb_id: 'kb_faq_v3', documents: 12, version: '2026-11-01' } : null,
    metadata: {
      crm_contact_id: `ct_${random.int(10000, 99999)}`,
      source: random.pick(['website', 'crm', 'api']),
      concurrency_at_dispatch: random.int(1, 14),
    },
    created_at: iso(o.createdAt),
    updated_at: iso(ended ? startedAt + duration * 1000 + 4_000 : o.createdAt),
  };
}

export interface GenerateOptions {
  seed?: number;
  /** The demo's "now"; tests pass a fixed value. */
  now: number;
  /** How many ordinary calls to generate besides the named ones. */
  count?: number;
}

/** The whole demo data set, newest first (the order the API returns). */
export function generateDemoCalls({
  seed = DEMO_SEED,
  now,
  count = 56,
}: GenerateOptions): CallJson[] {
  const random = createRandom(seed);
  const [dental, parcel, insurance] = scenarios as [Scenario, Scenario, Scenario];
  const calls: CallJson[] = [];
  const minutesAgo = (m: number) => now - m * 60_000;

  calls.push(
    buildCall(random, {
      id: DEMO_CALL_IDS.live,
      scenario: dental,
      createdAt: minutesAgo(2),
      status: 'in_progress',
      type: 'inbound',
    }),
  );
  calls.push(
    buildCall(random, {
      id: DEMO_CALL_IDS.queued,
      scenario: insurance,
      createdAt: minutesAgo(0.3),
      status: 'queued',
      type: 'outbound',
    }),
  );
  calls.push(
    buildCall(random, {
      id: DEMO_CALL_IDS.initiated,
      scenario: insurance,
      createdAt: minutesAgo(0.6),
      status: 'initiated',
      type: 'outbound',
    }),
  );
  calls.push(
    buildCall(random, {
      id: DEMO_CALL_IDS.booked,
      scenario: dental,
      createdAt: minutesAgo(14),
      status: 'completed',
      type: 'inbound',
    }),
  );
  const failedTool = buildCall(random, {
    id: DEMO_CALL_IDS.failedTool,
    scenario: parcel,
    createdAt: minutesAgo(31),
    status: 'completed',
    type: 'web',
  });
  failedTool.recording_url = DEMO_RECORDING_PATH;
  calls.push(failedTool);
  calls.push(
    buildCall(random, {
      id: DEMO_CALL_IDS.failed,
      scenario: insurance,
      createdAt: minutesAgo(47),
      status: 'failed',
      type: 'outbound',
    }),
  );

  const legacy = buildCall(random, {
    id: DEMO_CALL_IDS.legacyTranscript,
    scenario: parcel,
    createdAt: minutesAgo(65),
    status: 'completed',
    type: 'inbound',
  });
  legacy.transcript = (legacy.messages as { role: string; content?: unknown }[])
    .filter((m) => m.role === 'agent' || m.role === 'user')
    .map((m) => ({ role: m.role, content: m.content }));
  legacy.messages = [];
  calls.push(legacy);

  const stringOnly = buildCall(random, {
    id: DEMO_CALL_IDS.stringTranscript,
    scenario: dental,
    createdAt: minutesAgo(90),
    status: 'completed',
    type: 'outbound',
  });
  stringOnly.messages = [];
  calls.push(stringOnly);

  calls.push(oddMessagesCall(random, minutesAgo(120)));
  calls.push(hostileCall(random, minutesAgo(150)));

  const expired = buildCall(random, {
    id: DEMO_CALL_IDS.expiredRecording,
    scenario: dental,
    createdAt: minutesAgo(300),
    status: 'completed',
    type: 'inbound',
  });
  expired.recording_url = DEMO_EXPIRED_RECORDING_PATH;
  calls.push(expired);
  calls.push(allNullCall(minutesAgo(400)));
  calls.push(largeCall({ seed, now: minutesAgo(500) }));

  for (let i = 0; i < count; i++) {
    const scenario = random.pick(scenarios);
    const status = random.chance(0.12) ? 'failed' : 'completed';
    calls.push(
      buildCall(random, {
        id: uuidFrom(random),
        scenario,
        createdAt: minutesAgo(520 + i * random.int(20, 180)),
        status,
      }),
    );
  }
  calls.push(...shapedCalls(seed, minutesAgo));
  return calls.sort((a, b) => b.created_at.localeCompare(a.created_at));
}

/** The loose shapes of src/mocks/shapeCalls.ts, from their own random stream. */
function shapedCalls(seed: number, minutesAgo: (m: number) => number): CallJson[] {
  // Their own stream, so adding them leaves every other demo call exactly as it was.
  const random = createRandom(seed + 201);
  const [dental, parcel, insurance] = scenarios as [Scenario, Scenario, Scenario];
  const base = (id: string, scenario: Scenario, minutes: number, type: 'web' | 'inbound') =>
    buildCall(random, { id, scenario, createdAt: minutesAgo(minutes), status: 'completed', type });
  return [
    withIncompleteTurns(base(DEMO_CALL_IDS.incompleteTurns, dental, 205, 'inbound'), random),
    withZeroBasedTurns(base(DEMO_CALL_IDS.zeroBasedTurns, parcel, 215, 'web'), random),
    withOtherMessageShapes(base(DEMO_CALL_IDS.otherMessageShapes, insurance, 225, 'web'), random),
    withNamedTranscript(
      base(DEMO_CALL_IDS.namedTranscript, dental, 235, 'inbound'),
      AGENTS.find((a) => a.id === dental.agentId)!.name,
    ),
  ];
}

function oddMessagesCall(random: Random, createdAt: number): CallJson {
  const call = buildCall(random, {
    id: DEMO_CALL_IDS.oddMessages,
    scenario: scenarios[1]!,
    createdAt,
    status: 'completed',
    type: 'web',
  });
  call.messages = [
    { role: 'agent', content: 'Hello, Parcel Tracking here.' },
    { role: 'user', content: [{ type: 'text', text: 'Nested content parts from a newer SDK' }] },
    { role: 'system', content: 'Unknown role: the console must still show this.' },
    null,
    'a bare string message',
    42,
    {
      role: 'tool_call',
      name: 'orphan_lookup',
      arguments: '{not valid json',
      tool_call_id: 'orphan_1',
    },
    {
      role: 'tool_result',
      tool_call_id: 'never_called',
      content: 'result without a call',
      is_error: false,
    },
    { role: 'agent', content: null },
    { foo: 'bar', nested: { deep: [1, 2, { x: true }] } },
    { role: 'user', content: 'Thanks, bye.' },
  ];
  return call;
}

function hostileCall(random: Random, createdAt: number): CallJson {
  const xss = '<img src=x onerror="alert(1)"><script>alert("xss")</script>';
  const call = buildCall(random, {
    id: DEMO_CALL_IDS.hostile,
    scenario: scenarios[0]!,
    createdAt,
    status: 'completed',
    type: 'inbound',
  });
  call.ai_summary = `Caller pasted markup: ${xss} <b>bold?</b>`;
  call.outcome = '<i>Custom</i> Outcome';
  call.end_reason = '<svg onload=alert(1)>';
  call.recording_url = 'javascript:alert(document.domain)';
  call.messages = [
    { role: 'agent', content: 'Hello! How can I help?' },
    { role: 'user', content: `My name is ${xss}` },
    {
      role: 'tool_call',
      name: '<b>tool</b>',
      arguments: JSON.stringify({ q: xss }),
      tool_call_id: 't1',
    },
    { role: 'tool_result', tool_call_id: 't1', content: xss, is_error: true },
    { role: 'agent', content: 'I will <a href="javascript:alert(1)">click here</a>.' },
  ];
  call.metadata = { ...call.metadata, '<script>key</script>': xss, link: 'javascript:alert(1)' };
  return call;
}

/** A call with every nullable field null and every open object empty (also used by tests). */
export function allNullCall(
  createdAt: number,
  id: string = DEMO_CALL_IDS.allNull,
  agentId = 'agt_unknown_agent',
): CallJson {
  return {
    id,
    agent_id: agentId,
    type: 'inbound',
    status: 'completed',
    from_number: null,
    to_number: null,
    room_name: null,
    direction: 'inbound',
    twilio_call_sid: null,
    scheduled_at: null,
    variables: {},
    started_at: null,
    ended_at: null,
    duration_seconds: null,
    end_reason: null,
    outcome: null,
    transcript: null,
    messages: [],
    recording_url: null,
    ai_summary: null,
    analysis: null,
    latency: null,
    cost_cents: null,
    credits_used: null,
    kb_snapshot: null,
    metadata: {},
    created_at: iso(createdAt),
    updated_at: iso(createdAt),
  };
}

/** A stress call: about 5,000 messages and 2,000 turns. */
export function largeCall({
  seed = DEMO_SEED,
  now,
  turns = 2000,
}: {
  seed?: number;
  now: number;
  turns?: number;
}): CallJson {
  const random = createRandom(seed + 1);
  const call = buildCall(random, {
    id: DEMO_CALL_IDS.large,
    scenario: scenarios[1]!,
    createdAt: now,
    status: 'completed',
    type: 'web',
  });
  const conv = conversationFor(random, scenarios[1]!, turns);
  // Pad with tool traffic so the message count reaches ~5,000 like a long agentic call.
  const messages: unknown[] = [];
  let pad = 5000 - conv.messages.length;
  for (const m of conv.messages) {
    messages.push(m);
    if (pad > 1 && (m as { role?: string }).role === 'user') {
      const id = `bulk_${pad}`;
      messages.push({
        role: 'tool_call',
        name: 'crm_lookup',
        arguments: JSON.stringify({ n: pad }),
        tool_call_id: id,
      });
      messages.push({
        role: 'tool_result',
        tool_call_id: id,
        content: '{"ok":true}',
        is_error: false,
      });
      pad -= 2;
    }
  }
  call.messages = messages;
  call.transcript = conv.transcript;
  call.latency = latencyFromEvents(random, conv.events);
  call.duration_seconds = turns * 9;
  call.agent_id = AGENTS[1].id;
  return call;
}
