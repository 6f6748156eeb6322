import { http, HttpResponse } from 'msw';
import type { CallJson } from '../../../src/mocks/callJson';
import { testServer } from '../support/server';

export const CUSTOM_ID = '9a9a9a9a-0000-4000-8000-000000000001';

/** An ended call with every nullable field null, settled long ago (so nothing polls it). */
export function nullCall(overrides: Partial<CallJson> = {}): CallJson {
  return {
    id: CUSTOM_ID,
    agent_id: 'agt_dental_reception',
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
    created_at: '2026-01-01T10:00:00Z',
    updated_at: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

/** Serves `build(n)` for the nth read (1-based) of CUSTOM_ID; returns the read counter. */
export function serveCall(build: (read: number) => unknown) {
  const reads = { count: 0 };
  testServer.use(
    http.get(`/v1/calls/${CUSTOM_ID}`, () => {
      reads.count += 1;
      return HttpResponse.json(build(reads.count) as Record<string, unknown>);
    }),
  );
  return reads;
}
