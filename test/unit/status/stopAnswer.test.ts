import { describe, expect, it } from 'vitest';
import { ApiError, errorFromResponse, retryAtFrom } from '../../../src/api/errors';
import { classifyStopFailure, retryWaitSeconds, stopOutcome } from '../../../src/api/stopAnswer';
import { makeCall } from '../live/makeCall';

const NOW = Date.parse('2026-11-22T10:00:00Z');

describe('retryAtFrom (Retry-After)', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAtFrom('20', NOW)).toBe(NOW + 20_000);
    expect(retryAtFrom('0', NOW)).toBe(NOW);
    expect(retryAtFrom('Sun, 22 Nov 2026 10:00:45 GMT', NOW)).toBe(NOW + 45_000);
    // A date in the past means now.
    expect(retryAtFrom('Sun, 22 Nov 2026 09:00:00 GMT', NOW)).toBe(NOW);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, '', ' ', '-5', '1.5', 'soon', 'Friday soon']) {
      expect(retryAtFrom(value, NOW)).toBeNull();
    }
  });

  it('puts both on the ApiError', () => {
    const error = errorFromResponse(
      429,
      { detail: 'slow down' },
      'Sun, 22 Nov 2026 10:00:30 GMT',
      NOW,
    );
    expect(error.retryAt).toBe(NOW + 30_000);
    expect(error.retryAfterSeconds).toBe(30);
  });
});

describe('classifyStopFailure', () => {
  const failure = (status: number | null, kind: ApiError['kind'] = 'server') =>
    new ApiError({ kind, status, message: 'x' });

  it('takes a refusal at its word', () => {
    for (const status of [400, 401, 403, 404, 422]) {
      expect(classifyStopFailure(failure(status, 'forbidden'))).toBe('refused');
    }
    expect(classifyStopFailure(failure(null, 'validation'))).toBe('refused');
    expect(classifyStopFailure(failure(409, 'bad_response'))).toBe('already-ended');
    expect(classifyStopFailure(failure(429, 'rate_limited'))).toBe('rate-limited');
  });

  it('leaves everything else unknown: the stop may have reached the call', () => {
    for (const status of [500, 502, 503, 504, 200, 302, 418]) {
      expect(classifyStopFailure(failure(status))).toBe('unknown');
    }
    expect(classifyStopFailure(failure(null, 'network'))).toBe('unknown');
    expect(classifyStopFailure(failure(null, 'timeout'))).toBe('unknown');
    expect(classifyStopFailure(new TypeError('boom'))).toBe('unknown');
  });
});

describe('stopOutcome', () => {
  const live = makeCall();
  it('tells a real stop from a no-op on a call that had already ended', () => {
    expect(stopOutcome(live, makeCall({ status: 'completed', end_reason: 'api_stop' }))).toBe(
      'stopped',
    );
    expect(stopOutcome(live, makeCall({ status: 'completed', end_reason: null }))).toBe('stopped');
    expect(stopOutcome(live, makeCall({ status: 'completed', end_reason: 'agent_hangup' }))).toBe(
      'already-ended',
    );
    expect(
      stopOutcome(
        makeCall({ status: 'failed' }),
        makeCall({ status: 'failed', end_reason: 'api_stop' }),
      ),
    ).toBe('already-ended');
  });
  it('reports a stop the API has not acted on yet, whatever the status is called', () => {
    expect(stopOutcome(live, makeCall({ status: 'in_progress' }))).toBe('still-live');
    expect(stopOutcome(live, makeCall({ status: 'IN-PROGRESS' }))).toBe('still-live');
    // An undocumented status is judged by ended_at: without one the call may still be running.
    expect(stopOutcome(live, makeCall({ status: 'stopping' }))).toBe('still-live');
    expect(
      stopOutcome(
        live,
        makeCall({ status: 'stopped', ended_at: '2026-11-22T10:01:00Z', end_reason: 'api_stop' }),
      ),
    ).toBe('stopped');
  });
});

describe('retryWaitSeconds', () => {
  it('counts down the Retry-After of a 429, and is null for any other answer', () => {
    const limited = errorFromResponse(429, { detail: 'slow down' }, '20', NOW);
    expect(retryWaitSeconds(limited, NOW)).toBe(20);
    expect(retryWaitSeconds(limited, NOW + 19_500)).toBe(1);
    expect(retryWaitSeconds(limited, NOW + 25_000)).toBe(0);
    expect(retryWaitSeconds(errorFromResponse(429, {}, null, NOW), NOW)).toBeNull();
    expect(retryWaitSeconds(errorFromResponse(404, {}, '20', NOW), NOW)).toBeNull();
    expect(retryWaitSeconds(null, NOW)).toBeNull();
  });
});
