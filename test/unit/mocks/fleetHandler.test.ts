import { describe, expect, it, vi } from 'vitest';
import { fetchFleetLatency } from '../../../src/api/fleet';
import { createFleetAggregator } from '../../../src/lib/fleet/aggregator';
import { createDemoDb } from '../../../src/mocks/db';
import { demoCalls } from '../../../src/mocks/demoCalls';
import { fleetLatencyHandler } from '../../../src/mocks/fleet/handler';
import { TEST_NOW, testServer } from '../support/server';

describe('GET /console/latency in demo mode', () => {
  it('pages the demo list with the same module and stream as the console server', async () => {
    const all = demoCalls({ now: TEST_NOW });
    // Live demo calls gain a turn each time they are listed: compare two fresh dbs, listed once.
    testServer.use(fleetLatencyHandler(createDemoDb({ clock: () => TEST_NOW })));
    const progress: number[] = [];
    const answer = await fetchFleetLatency(
      { limit: 1000 },
      { onProgress: (p) => progress.push(p.read) },
    );
    expect(progress).toEqual([0, 100, 200, 300, 400, 500, 600, all.length]);
    expect(answer).toMatchObject({
      complete: true,
      stop: { reason: 'end' },
      window: { read: all.length, total: all.length, pages: 7 },
      cache: { hit: false },
    });
    const agg = createFleetAggregator();
    const listed = createDemoDb({ clock: () => TEST_NOW }).listCalls({ limit: 1000, offset: 0 });
    for (const call of listed.items) agg.add(call);
    const direct = agg.result();
    expect(answer.result.rows.map((r) => r.id)).toEqual(direct.rows.id);
    expect(answer.result.turns).toEqual(direct.turns);
    expect(answer.result.byProvider).toEqual(direct.byProvider);

    const again = await fetchFleetLatency({ limit: 1000, targetMs: 1500 });
    expect(again.cache.hit).toBe(true);
    expect(again.result.targetMs).toBe(1500);
  });

  it('filters by agent through the list, as the API would', async () => {
    const answer = await fetchFleetLatency({ limit: 100, agentId: 'agt_parcel_support' });
    expect(new Set(answer.result.rows.map((r) => r.agentId))).toEqual(
      new Set(['agt_parcel_support']),
    );
    expect(answer.window.read).toBe(100);
  });

  it('refuses bad parameters as the server does', async () => {
    await expect(fetchFleetLatency({ limit: 7 as 100 })).rejects.toMatchObject({
      kind: 'validation',
      message: 'limit must be one of 100, 500, 1000, 5000.',
    });
  });

  it('stops paging when the request is cancelled', async () => {
    const db = createDemoDb({ clock: () => TEST_NOW });
    const listCalls = vi.spyOn(db, 'listCalls');
    testServer.use(fleetLatencyHandler(db, { latencyMs: 40 }));
    const cancel = new AbortController();
    const reading = fetchFleetLatency(
      { limit: 1000 },
      {
        signal: cancel.signal,
        onProgress: (p) => {
          if (p.read === 100) cancel.abort();
        },
      },
    );
    await expect(reading).rejects.toBeTruthy();
    await new Promise((r) => setTimeout(r, 300));
    expect(listCalls.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
