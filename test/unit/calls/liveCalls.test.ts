import { describe, expect, it } from 'vitest';
import { parseCall } from '../../../src/api/parse';
import { callQueries, LIVE_LIST_POLL_MS } from '../../../src/api/queries';
import { elapsedSeconds, mergeLiveCalls } from '../../../src/lib/liveCalls';

const call = (fields: Record<string, unknown>) => parseCall({ status: 'in_progress', ...fields });
const NOW = Date.parse('2026-11-22T10:00:00Z');

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

  it('counts a live call up from started_at, and uses duration_seconds once ended', () => {
    expect(elapsedSeconds(call({ id: 'x', started_at: '2026-11-22T09:58:30Z' }), NOW)).toBe(90);
    expect(elapsedSeconds(call({ id: 'x', status: 'queued', started_at: null }), NOW)).toBeNull();
    // A server clock ahead of the browser's must not show a negative duration.
    expect(elapsedSeconds(call({ id: 'x', started_at: '2026-11-22T10:00:05Z' }), NOW)).toBe(0);
    expect(elapsedSeconds(call({ id: 'x', status: 'completed', duration_seconds: 42 }), NOW)).toBe(
      42,
    );
  });

  it('polls list pages of live statuses only', () => {
    expect(callQueries.list({ status: 'in_progress' }).refetchInterval).toBe(LIVE_LIST_POLL_MS);
    expect(callQueries.list({ status: 'queued' }).refetchInterval).toBe(5_000);
    expect(callQueries.list({ status: 'completed' }).refetchInterval).toBe(false);
    expect(callQueries.list({}).refetchInterval).toBe(false);
  });
});
