import { describe, expect, it } from 'vitest';
import { api } from '../../../src/api/client';
import { callPath, encodePathSegment, isDotSegment } from '../../../src/api/callPath';
import { formatEndReason } from '../../../src/lib/format';
import { longLabel, segmentColour, shortLabel } from '../../../src/lib/latency/segments';

// Bugs found by the fuzz suite: API strings used as lookup keys or URL segments.
describe('API strings that look like Object.prototype members', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    '%s stays a string',
    (key) => {
      expect(formatEndReason(key)).toEqual(expect.any(String));
      expect(shortLabel(key)).toBe(key);
      expect(longLabel(key)).toBe(key);
      expect(segmentColour(key)).toMatch(/^#[0-9a-f]{6}$/);
    },
  );
  it('still maps the known values', () => {
    expect(formatEndReason('api_stop')).toBe('Stopped via API');
    expect(segmentColour('stt')).toBe('#0ea5e9');
  });
});

describe('callPath', () => {
  it('encodes ids as one path segment', () => {
    expect(callPath('a/b?c#d')).toBe('/calls/a%2Fb%3Fc%23d');
  });
  it('does not throw on a lone surrogate (valid JSON, invalid for encodeURIComponent)', () => {
    expect(() => encodeURIComponent('x\uD800')).toThrow(URIError);
    expect(encodePathSegment('x\uD800y')).toBe('x%EF%BF%BDy');
    expect(encodePathSegment('😀')).toBe('%F0%9F%98%80');
  });
});

describe('dot segments', () => {
  it('are refused as ids before any request is made', async () => {
    await expect(api.getAgent('..')).rejects.toMatchObject({ kind: 'validation' });
    await expect(api.getCall('.')).rejects.toMatchObject({ kind: 'validation' });
    expect(isDotSegment('a.b')).toBe(false);
  });
});
