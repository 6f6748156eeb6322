/** The demo's seed, and the calls with a known id, so demo links, tests and the bench can name them. */
export const DEMO_SEED = 20261122;

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
  // stopAndStatusCalls.ts: undocumented statuses, an off-host recording, stop faults.
  ringing: '5f0c1d2e-3a4b-4c5d-8e6f-000000000101',
  upperCaseLive: '5f0c1d2e-3a4b-4c5d-8e6f-000000000102',
  hyphenLive: '5f0c1d2e-3a4b-4c5d-8e6f-000000000103',
  voicemail: '5f0c1d2e-3a4b-4c5d-8e6f-000000000104',
  offHostRecording: '5f0c1d2e-3a4b-4c5d-8e6f-000000000105',
  stopAnswerCut: '5f0c1d2e-3a4b-4c5d-8e6f-000000000106',
  stopAnswerBadGateway: '5f0c1d2e-3a4b-4c5d-8e6f-000000000107',
  stopConflict: '5f0c1d2e-3a4b-4c5d-8e6f-000000000108',
  stopRateLimited: '5f0c1d2e-3a4b-4c5d-8e6f-000000000109',
  // shapeCalls.ts: incomplete turns, a 0-based chain, other message shapes.
  incompleteTurns: '5f0c1d2e-3a4b-4c5d-8e6f-000000000201',
  zeroBasedTurns: '5f0c1d2e-3a4b-4c5d-8e6f-000000000202',
  otherMessageShapes: '5f0c1d2e-3a4b-4c5d-8e6f-000000000203',
  namedTranscript: '5f0c1d2e-3a4b-4c5d-8e6f-000000000204',
} as const;

export const DEMO_RECORDING_PATH = '/demo/recording.ogg';
export const DEMO_EXPIRED_RECORDING_PATH = '/demo/expired-recording.ogg';
