import type { CallResponseJson } from '../api/schema';
import { buildCall, newestFirst } from './buildCall';
import { allNullCall, hostileCall, oddMessagesCall } from './edgeCalls';
import { DEMO_CALL_IDS, DEMO_EXPIRED_RECORDING_PATH, DEMO_RECORDING_PATH, DEMO_SEED } from './ids';
import { largeCall } from './largeCall';
import { createRandom, uuidFrom } from './random';
import { AGENTS, scenarios, type Scenario } from './scenarios';
import {
  withIncompleteTurns,
  withNamedTranscript,
  withOtherMessageShapes,
  withZeroBasedTurns,
} from './shapeCalls';

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
}: GenerateOptions): CallResponseJson[] {
  const random = createRandom(seed);
  const [dental, parcel, insurance] = scenarios as [Scenario, Scenario, Scenario];
  const calls: CallResponseJson[] = [];
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
  return calls.sort((a, b) => newestFirst(a, b));
}

/** The loose shapes of src/mocks/shapeCalls.ts, from their own random stream. */
function shapedCalls(seed: number, minutesAgo: (m: number) => number): CallResponseJson[] {
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
