import { describe, expect, it } from 'vitest';
import { parseCall } from '../../../src/api/parse';
import type { ListCallsParams } from '../../../src/api/client';
import { isUnlistedLive, LIVE_LIST_POLL_MS } from '../../../src/api/polling';
import { callQueries } from '../../../src/api/queries';
import type { Call } from '../../../src/api/schema';
import { mergeLiveCalls } from '../../../src/lib/list/liveCalls';

const call = (fields: Record<string, unknown>) => parseCall({ status: 'in_progress', ...fields });

describe('live calls', () => {
  it('merges the per-status pages: one entry per id, newest first', () => {
    const older = call({ id: 'a', started_at: '2026-11-22T09:50:00Z' });
    const newer = call({ id: 'b', started_at: '2026-11-22T09:58:00Z' });
    const queued = call({ id: 'c', status: 'queued', created_at: '2026-11-22T09:59:00Z' });
    const aAgain = call({
      id: 'a',
      status: 'in_progress',
      started_at: '2026-11-22T09:50:00Z',
      updated_at: '2026-11-22T09:59:30Z',
    });
    const merged = mergeLiveCalls([[older], [newer, queued], undefined, [aAgain]]);
    expect(merged.map((c) => c.id)).toEqual(['c', 'b', 'a']);
    expect(merged[2]).toBe(aAgain);
  });

  it('polls list pages of live statuses, and pages holding a live call no status query finds', () => {
    const intervalOf = (params: ListCallsParams, items: Call[] = []) => {
      const refetchInterval = callQueries.list(params).refetchInterval;
      if (typeof refetchInterval !== 'function') return refetchInterval;
      const page = { items, total: items.length, limit: 25, offset: 0, rejected: [] };
      return refetchInterval({ state: { data: page } } as unknown as Parameters<
        typeof refetchInterval
      >[0]);
    };
    expect(intervalOf({ status: 'in_progress' })).toBe(LIVE_LIST_POLL_MS);
    expect(intervalOf({ status: 'queued' })).toBe(5_000);
    expect(intervalOf({ status: 'IN_PROGRESS' })).toBe(5_000);
    expect(intervalOf({ status: 'completed' })).toBe(false);
    expect(intervalOf({})).toBe(false);
    // Documented live statuses are fetched by the live section; the page need not poll for them.
    expect(intervalOf({}, [call({ id: 'a' }), call({ id: 'b', status: 'queued' })])).toBe(false);
    for (const status of ['ringing', 'IN_PROGRESS', 'in-progress']) {
      expect(intervalOf({}, [call({ id: 'a', status })])).toBe(LIVE_LIST_POLL_MS);
    }
    // With ended_at an undocumented status is ended: nothing to follow.
    expect(
      intervalOf({}, [call({ id: 'a', status: 'voicemail', ended_at: '2026-11-22T09:59:00Z' })]),
    ).toBe(false);
  });

  it('finds possibly live calls that a per-status query cannot', () => {
    expect(isUnlistedLive(call({ id: 'a' }))).toBe(false);
    expect(isUnlistedLive(call({ id: 'a', status: 'IN_PROGRESS' }))).toBe(true);
    expect(isUnlistedLive(call({ id: 'a', status: 'ringing' }))).toBe(true);
    expect(isUnlistedLive(call({ id: 'a', status: 'completed' }))).toBe(false);
    expect(isUnlistedLive(call({ id: 'a', status: 'x', ended_at: '2026-11-22T09:59:00Z' }))).toBe(
      false,
    );
  });
});
