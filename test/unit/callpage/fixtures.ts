import { http, HttpResponse } from 'msw';
import type { CallResponseJson } from '../../../src/api/schema';
import { allNullCall } from '../../../src/mocks/edgeCalls';
import { testServer } from '../support/server';

export const CUSTOM_ID = '9a9a9a9a-0000-4000-8000-000000000001';

/** An ended call with every nullable field null, settled long ago (so nothing polls it). */
export function nullCall(overrides: Partial<CallResponseJson> = {}): CallResponseJson {
  return {
    ...allNullCall(Date.parse('2026-01-01T10:00:00Z'), CUSTOM_ID, 'agt_dental_reception'),
    ...overrides,
  };
}

/** Ended long ago with its post-call data, so nothing polls it and every read is the test's. */
export function endedCall(overrides: Partial<CallResponseJson> = {}): CallResponseJson {
  return nullCall({
    started_at: '2026-01-01T10:00:00Z',
    ended_at: '2026-01-01T10:05:00Z',
    ai_summary: 'done',
    analysis: { summary: 'done' },
    messages: [{ role: 'agent', content: 'hi' }],
    ...overrides,
  });
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
