import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { fetchFleetLatency, fleetSearch, parseFleetLine } from '../../../src/api/fleet';
import { ApiError } from '../../../src/api/errors';
import { createFleetAggregator } from '../../../src/lib/fleet/aggregator';
import {
  encodeFleetLine,
  FLEET_WIRE_VERSION,
  type FleetResultLine,
} from '../../../src/lib/fleet/wire';
import { item, turn } from '../fleet/support';
import { testServer } from '../support/server';

function resultLine(): FleetResultLine {
  const agg = createFleetAggregator();
  agg.add(item('a', turn(1, 900), { providers: { stt: 'deepgram' }, load: 3 }));
  agg.add(item('b', [...turn(1, 1500), ...turn(2, 700)], { agent: 'agt_b' }));
  agg.add(item('c', null, { latency: 'n/a' }));
  return {
    type: 'result',
    version: FLEET_WIRE_VERSION,
    window: {
      limit: 500,
      agentId: null,
      status: null,
      read: 3,
      total: 3,
      duplicates: 0,
      rejected: 0,
      pages: 1,
    },
    complete: true,
    stop: { reason: 'end', error: null },
    cache: { hit: false, ageSeconds: 0 },
    generatedAt: '2026-11-22T10:00:00.000Z',
    result: agg.result(),
  };
}

/** What the console server's stream looks like, served as one body. */
const stream = (lines: unknown[]) =>
  new HttpResponse(lines.map((l) => `${JSON.stringify(l)}\n`).join(''), {
    headers: { 'Content-Type': 'application/x-ndjson' },
  });

describe('the latency answer at the boundary', () => {
  it('parses what the aggregator writes, and turns its columns into rows', () => {
    const line = resultLine();
    const parsed = parseFleetLine(JSON.parse(encodeFleetLine(line)));
    if (parsed.type !== 'result') throw new Error('expected the result');
    const { rows, slowest } = parsed.answer.result;
    expect(rows.map((r) => [r.id, r.medianMs, r.slowestTurn, r.overTarget, r.latency])).toEqual([
      ['a', 900, 1, 1, 'ok'],
      ['b', 1100, 1, 1, 'ok'],
      ['c', null, null, 0, 'not-object'],
    ]);
    expect(slowest.map((r) => r.id)).toEqual(['b', 'a']);
    const { rows: _r, slowest: _s, ...rest } = parsed.answer.result;
    const { rows: _wr, slowest: _ws, ...wire } = line.result;
    expect(rest).toEqual(wire);
  });

  it('refuses a line that does not fit, with the raw JSON', () => {
    const line = resultLine();
    const broken = { ...line, result: { ...line.result, turns: { measured: 'many' } } };
    expect(() => parseFleetLine(broken)).toThrow(
      /does not have the expected shape \(result\.turns/,
    );
    const ragged = {
      ...line,
      result: { ...line.result, rows: { ...line.result.rows, medianMs: [1] } },
    };
    expect(() => parseFleetLine(ragged)).toThrow(/columns of different lengths/);
    try {
      parseFleetLine({ type: 'gossip' });
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).kind).toBe('bad_response');
      expect((error as ApiError).raw).toEqual({ type: 'gossip' });
    }
    expect(() => parseFleetLine({ type: 'progress', read: 'x' })).toThrow(ApiError);
    expect(() => parseFleetLine({ ...line, version: 2 })).toThrow(/has version 2/);
  });

  it('writes only the parameters it is given', () => {
    expect(fleetSearch({})).toBe('');
    expect(
      fleetSearch({ limit: 5000, agentId: 'agt_1', targetMs: 900, tzOffsetMin: -300, fresh: true }),
    ).toBe('limit=5000&agent_id=agt_1&target_ms=900&tz_offset_min=-300&fresh=1');
  });
});

describe('reading the stream', () => {
  it('reports progress, then resolves with the result', async () => {
    const line = resultLine();
    testServer.use(
      http.get('/console/latency', () =>
        stream([
          { type: 'progress', read: 0, expected: 500 },
          { type: 'progress', read: 3, expected: 3 },
          line,
        ]),
      ),
    );
    const onProgress = vi.fn();
    const answer = await fetchFleetLatency({}, { onProgress });
    expect(onProgress.mock.calls.map(([p]) => [p.read, p.expected])).toEqual([
      [0, 500],
      [3, 3],
    ]);
    expect(answer.result.rows).toHaveLength(3);
  });

  it('turns the server’s refusals into ApiErrors with their detail', async () => {
    testServer.use(
      http.get('/console/latency', () =>
        HttpResponse.json(
          { detail: 'The console server is already reading 4 latency windows.' },
          { status: 429, headers: { 'Retry-After': '5' } },
        ),
      ),
    );
    await expect(fetchFleetLatency({})).rejects.toMatchObject({
      kind: 'rate_limited',
      message: 'The console server is already reading 4 latency windows.',
      retryAfterSeconds: 5,
    });
  });

  it('says so when the stream ends without its result, or goes quiet', async () => {
    testServer.use(
      http.get('/console/latency', () => stream([{ type: 'progress', read: 0, expected: 500 }])),
    );
    await expect(fetchFleetLatency({})).rejects.toMatchObject({
      kind: 'network',
      message: /ended before its result/,
    });

    testServer.use(
      http.get(
        '/console/latency',
        () => new HttpResponse(new ReadableStream({ start: () => undefined })),
      ),
    );
    await expect(fetchFleetLatency({}, { idleTimeoutMs: 50 })).rejects.toMatchObject({
      kind: 'timeout',
    });
  });
});

describe('the window query', () => {
  it('keys windows general to specific, and Cancel stops the paging and clears its progress', async () => {
    const { QueryClient } = await import('@tanstack/react-query');
    const { fleetProgress, fleetQueries } = await import('../../../src/api/fleet');
    const { createDemoDb } = await import('../../../src/mocks/db');
    const { fleetLatencyHandler } = await import('../../../src/mocks/fleet/handler');
    const { TEST_NOW } = await import('../support/server');
    const params = { limit: 1000 } as const;
    expect(fleetQueries.window(params).queryKey).toEqual(['fleet', 'window', params]);

    const db = createDemoDb({ clock: () => TEST_NOW });
    const listCalls = vi.spyOn(db, 'listCalls');
    testServer.use(fleetLatencyHandler(db, { latencyMs: 40 }));
    const client = new QueryClient();
    const seen: number[] = [];
    const unsubscribe = fleetProgress.subscribe(() => {
      const p = fleetProgress.get(params);
      if (p) seen.push(p.read);
    });
    const reading = client.fetchQuery(fleetQueries.window(params));
    await vi.waitFor(() => expect(seen).toContain(100));
    await client.cancelQueries({ queryKey: fleetQueries.windows() });
    await expect(reading).rejects.toBeTruthy();
    const pagesRead = listCalls.mock.calls.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(listCalls.mock.calls.length).toBeLessThanOrEqual(pagesRead + 1);
    expect(listCalls.mock.calls.length).toBeLessThan(10);
    expect(fleetProgress.get(params)).toBeNull();
    unsubscribe();
  });
});
