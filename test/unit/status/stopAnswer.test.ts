import { describe, expect, it } from 'vitest';
import { ApiError, errorFromResponse, retryAtFrom } from '../../../src/api/errors';
import { classifyStopFailure } from '../../../src/api/stopAnswer';

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
