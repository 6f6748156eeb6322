import type { CallResponseJson } from '../api/schema';
import { buildCall } from './buildCall';
import { DEMO_CALL_IDS, DEMO_SEED } from './ids';
import { createRandom } from './random';
import { scenarios, type Scenario } from './scenarios';

/**
 * Demo calls for what the API's loose spec allows and the console must not assume away (issue
 * 13): statuses typed as a free string, a recording signed on another host, and stops whose
 * answer is not the plain 200 the docs show. Nothing here is shaped to suit the console.
 */

/** How the demo API misbehaves when one of these calls is stopped. */
export type StopFault =
  /** The API applies the stop, then the connection breaks before its answer arrives. */
  | 'cut'
  /** The API applies the stop; a gateway in front of it answers 502 with an HTML page. */
  | 'bad-gateway'
  /** The call ends on its own (the caller hangs up) as the stop arrives: 409. */
  | 'conflict'
  /** 429 with Retry-After until RATE_LIMIT_SECONDS have passed, then the stop works. */
  | 'rate-limited';

export const STOP_FAULTS: Readonly<Record<string, StopFault>> = {
  [DEMO_CALL_IDS.stopAnswerCut]: 'cut',
  [DEMO_CALL_IDS.stopAnswerBadGateway]: 'bad-gateway',
  [DEMO_CALL_IDS.stopConflict]: 'conflict',
  [DEMO_CALL_IDS.stopRateLimited]: 'rate-limited',
};

export const RATE_LIMIT_SECONDS = 20;

/** A signed link on a storage host, as the API hands out (valid 4 hours). */
export const OFF_HOST_RECORDING_URL =
  'https://recordings.oneinbox-demo.example/calls/5f0c1d2e-0105/recording.ogg?X-Amz-Expires=14400&X-Amz-Signature=3f9a0c2e7b';

/** A call the demo API treats as still running (it knows its own spellings). */
export function runningInDemoApi(call: CallResponseJson): boolean {
  const status = call.status.toLowerCase();
  return call.ended_at === null && status !== 'completed' && status !== 'failed';
}

/** Whether the demo API counts turns on this call (in progress, in any spelling). */
export function talkingInDemoApi(call: CallResponseJson): boolean {
  return call.ended_at === null && call.status.toLowerCase().replace('-', '_') === 'in_progress';
}

/** A live call as buildCall makes it, then given the status the API sent. */
function liveWithStatus(
  id: string,
  status: string,
  scenario: Scenario,
  createdAt: number,
  seed: number,
): CallResponseJson {
  const call = buildCall(createRandom(seed), { id, scenario, createdAt, status: 'in_progress' });
  call.status = status;
  return call;
}

export function stopAndStatusCalls({
  seed = DEMO_SEED,
  now,
}: {
  seed?: number;
  now: number;
}): CallResponseJson[] {
  const [dental, parcel, insurance] = scenarios as [Scenario, Scenario, Scenario];
  const minutesAgo = (m: number) => now - m * 60_000;
  const calls: CallResponseJson[] = [];

  // Dialling out: not answered yet, so not started either.
  const ringing = liveWithStatus(
    DEMO_CALL_IDS.ringing,
    'ringing',
    insurance,
    minutesAgo(0.4),
    seed,
  );
  ringing.started_at = null;
  ringing.type = 'outbound';
  calls.push(ringing);
  calls.push(
    liveWithStatus(DEMO_CALL_IDS.upperCaseLive, 'IN_PROGRESS', parcel, minutesAgo(1.5), seed + 1),
    liveWithStatus(DEMO_CALL_IDS.hyphenLive, 'in-progress', dental, minutesAgo(2.5), seed + 2),
    liveWithStatus(DEMO_CALL_IDS.stopAnswerCut, 'in_progress', dental, minutesAgo(3), seed + 3),
    liveWithStatus(
      DEMO_CALL_IDS.stopAnswerBadGateway,
      'in_progress',
      parcel,
      minutesAgo(3.5),
      seed + 4,
    ),
    liveWithStatus(DEMO_CALL_IDS.stopConflict, 'in_progress', insurance, minutesAgo(4), seed + 5),
    liveWithStatus(DEMO_CALL_IDS.stopRateLimited, 'in_progress', dental, minutesAgo(4.5), seed + 6),
  );

  // An undocumented status on a call that has ended: the API says when.
  const voicemail = buildCall(createRandom(seed + 7), {
    id: DEMO_CALL_IDS.voicemail,
    scenario: insurance,
    createdAt: minutesAgo(40),
    status: 'completed',
    type: 'outbound',
  });
  voicemail.status = 'voicemail';
  voicemail.end_reason = 'voicemail_detected';
  voicemail.outcome = 'Voicemail';
  calls.push(voicemail);

  const offHost = buildCall(createRandom(seed + 8), {
    id: DEMO_CALL_IDS.offHostRecording,
    scenario: dental,
    createdAt: minutesAgo(55),
    status: 'completed',
    type: 'inbound',
  });
  offHost.recording_url = OFF_HOST_RECORDING_URL;
  calls.push(offHost);
  return calls;
}
