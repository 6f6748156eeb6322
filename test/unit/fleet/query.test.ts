import { describe, expect, it } from 'vitest';
import { fleetCacheKey, parseFleetRequest } from '../../../src/lib/fleet/query';

const parse = (query: string) => parseFleetRequest(new URLSearchParams(query));

describe('GET /console/latency’s query', () => {
  it('defaults to the 500 most recent calls, an 800 ms target and UTC', () => {
    expect(parse('')).toEqual({
      ok: true,
      request: {
        query: { limit: 500, agentId: null, status: null },
        view: { targetMs: 800, tzOffsetMin: 0, type: null, from: null, to: null },
        fresh: false,
      },
    });
  });

  it('reads every parameter', () => {
    const parsed = parse(
      'limit=5000&agent_id=agt_1&status=in_progress&type=web&from=2026-11-20&to=2026-11-21T12:00:00%2B01:00&target_ms=1200&tz_offset_min=-300&fresh=1',
    );
    expect(parsed).toEqual({
      ok: true,
      request: {
        query: { limit: 5000, agentId: 'agt_1', status: 'in_progress' },
        view: {
          targetMs: 1200,
          tzOffsetMin: -300,
          type: 'web',
          from: Date.parse('2026-11-20T00:00:00Z'),
          to: Date.parse('2026-11-21T11:00:00Z'),
        },
        fresh: true,
      },
    });
  });

  it('treats an empty value as not set', () => {
    expect(parse('agent_id=&status=&limit=')).toMatchObject({
      ok: true,
      request: { query: { limit: 500, agentId: null, status: null } },
    });
  });

  it.each([
    ['limit=200', /limit must be one of 100, 500, 1000, 5000/],
    ['limit=500.0', /limit/],
    ['limit=100&limit=500', /repeated/],
    ['offset=100', /Unknown parameter "offset"/],
    ['agent_id=../agents', /agent_id/],
    ['agent_id=' + 'a'.repeat(129), /agent_id/],
    ['status=in progress', /status/],
    ['type=<b>', /type/],
    ['from=yesterday', /from must be/],
    ['to=2026-13-45', /to must be/],
    ['from=2026-11-21&to=2026-11-20', /before/],
    ['target_ms=0', /target_ms/],
    ['target_ms=1e3', /target_ms/],
    ['tz_offset_min=900', /tz_offset_min/],
    ['fresh=yes', /fresh/],
  ])('refuses %s', (query, detail) => {
    const parsed = parse(query);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.detail).toMatch(detail);
  });

  it('keys the cache by what decides which calls are read, nothing else', () => {
    const key = (q: string) => {
      const parsed = parse(q);
      if (!parsed.ok) throw new Error(parsed.detail);
      return fleetCacheKey(parsed.request.query);
    };
    expect(key('limit=500&target_ms=1000&type=web&fresh=1')).toBe(key(''));
    expect(key('agent_id=a')).not.toBe(key(''));
    expect(key('status=completed')).not.toBe(key(''));
    expect(key('limit=100')).not.toBe(key(''));
  });
});
