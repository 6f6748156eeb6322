import { describe, expect, it, vi } from 'vitest';
import { createFleetCache } from '../../../src/lib/fleet/cache';
import {
  FleetSourceError,
  readFleetPage,
  runFleetJob,
  type FetchFleetPage,
  type FleetPage,
} from '../../../src/lib/fleet/job';
import { parseFleetRequest, type FleetRequest } from '../../../src/lib/fleet/query';
import type { FleetLine, FleetResultLine } from '../../../src/lib/fleet/wire';
import { item, turn } from './support';

function request(query = ''): FleetRequest {
  const parsed = parseFleetRequest(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.detail);
  return parsed.request;
}

const calls = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => item(`c${from + i}`, turn(1, 900)));

/** A list of `count` calls served in pages, recording the offsets asked for. */
function list(count: number, { total = true, pageSize = 100 } = {}) {
  const offsets: number[] = [];
  const fetchPage: FetchFleetPage = async (offset) => {
    offsets.push(offset);
    const items = calls(Math.max(0, Math.min(pageSize, count - offset)), offset);
    return { items, total: total ? count : null };
  };
  return { offsets, fetchPage };
}

async function run(req: FleetRequest, fetchPage: FetchFleetPage, cache = createFleetCache()) {
  const lines: FleetLine[] = [];
  const outcome = await runFleetJob(
    req,
    { fetchPage, cache, retryDelayMs: 1 },
    (l) => lines.push(l),
    new AbortController().signal,
  );
  const result = lines.at(-1) as FleetResultLine;
  return { lines, outcome, result };
}

describe('paging the list', () => {
  it('asks for pages of 100 until the limit', async () => {
    const { offsets, fetchPage } = list(2000);
    const { lines, result } = await run(request('limit=500'), fetchPage);
    expect(offsets).toEqual([0, 100, 200, 300, 400]);
    expect(lines.filter((l) => l.type === 'progress').map((l) => [l.read, l.expected])).toEqual([
      [0, 500],
      [100, 500],
      [200, 500],
      [300, 500],
      [400, 500],
      [500, 500],
    ]);
    expect(result).toMatchObject({
      complete: true,
      stop: { reason: 'limit', error: null },
      window: { read: 500, total: 2000, pages: 5 },
      result: { calls: { read: 500 } },
    });
  });

  it('stops at the API’s total, and expects no more than it', async () => {
    const { offsets, fetchPage } = list(250);
    const { lines, result } = await run(request('limit=1000'), fetchPage);
    expect(offsets).toEqual([0, 100, 200]);
    expect(lines[1]).toEqual({ type: 'progress', read: 100, expected: 250 });
    expect(result.stop.reason).toBe('end');
    expect(result.window.read).toBe(250);
  });

  it('stops at a short page when the API sends no total', async () => {
    const { offsets, fetchPage } = list(250, { total: false });
    const { result } = await run(request('limit=1000'), fetchPage);
    expect(offsets).toEqual([0, 100, 200]);
    expect(result.window).toMatchObject({ read: 250, total: null });
  });

  it('goes on after a short page when the total says more remain (pages capped below 100)', async () => {
    const { offsets, fetchPage } = list(120, { pageSize: 50 });
    const { result } = await run(request('limit=500'), fetchPage);
    expect(offsets).toEqual([0, 50, 100]);
    expect(result.window.read).toBe(120);
  });

  it('stops on an empty page whatever the total says', async () => {
    const fetchPage = vi.fn<FetchFleetPage>(async (offset) => ({
      items: offset === 0 ? calls(100) : [],
      total: 5000,
    }));
    const { result } = await run(request('limit=1000'), fetchPage);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(result.stop.reason).toBe('end');
  });

  it('counts a call handed out twice once (new calls shift offset pages)', async () => {
    const pages = [calls(100), [...calls(1, 99), ...calls(99, 100)], []];
    const { result } = await run(request('limit=500'), async (offset) => ({
      items: pages[offset / 100] ?? [],
      total: null,
    }));
    expect(result.window).toMatchObject({ read: 200, duplicates: 1 });
    expect(result.result.calls.read).toBe(199);
  });
});

describe('when the API fails', () => {
  it('retries a page once, then ends with what was read, labelled partial', async () => {
    let calls500 = 0;
    const { fetchPage: ok } = list(1000);
    const fetchPage: FetchFleetPage = async (offset, signal) => {
      if (offset === 200) {
        calls500 += 1;
        throw new FleetSourceError({
          kind: 'refused',
          status: 503,
          detail: 'The OneInbox API answered 503.',
        });
      }
      return ok(offset, signal);
    };
    const cache = createFleetCache();
    const { result, outcome } = await run(request('limit=500'), fetchPage, cache);
    expect(calls500).toBe(2);
    expect(result).toMatchObject({
      complete: false,
      stop: {
        reason: 'error',
        error: { kind: 'refused', status: 503, detail: 'The OneInbox API answered 503.' },
      },
      window: { read: 200, pages: 2 },
      result: { calls: { read: 200 } },
    });
    expect(outcome.reason).toBe('error');
    // A partial window is not kept: the next view asks the API again.
    expect(cache.size).toBe(0);
  });

  it('does not retry what will not pass, nor wait past a long Retry-After', async () => {
    const refused = vi.fn<FetchFleetPage>(async () => {
      throw new FleetSourceError({
        kind: 'refused',
        status: 401,
        detail: 'The OneInbox API answered 401.',
      });
    });
    expect((await run(request(), refused)).result.stop.error?.status).toBe(401);
    expect(refused).toHaveBeenCalledTimes(1);
    const later = vi.fn<FetchFleetPage>(async () => {
      throw new FleetSourceError({ kind: 'refused', status: 429, detail: 'slow down' }, 60_000);
    });
    expect((await run(request(), later)).result.complete).toBe(false);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('labels anything else thrown as a broken read', async () => {
    const { result } = await run(request(), async () => {
      throw new TypeError('boom');
    });
    expect(result.stop.error).toEqual({
      kind: 'cut',
      status: null,
      detail: 'Reading the list failed: boom',
    });
  });

  it('refuses a body that is not a page', () => {
    expect(() => readFleetPage({ data: [] })).toThrow(FleetSourceError);
    expect(() => readFleetPage([1])).toThrow(/not a page of calls/);
    expect(readFleetPage({ items: [], total: '7' })).toEqual({ items: [], total: null });
    expect(readFleetPage({ items: [1], total: 7 })).toEqual({ items: [1], total: 7 });
  });
});

describe('cancelling', () => {
  it('stops paging at once and emits nothing more', async () => {
    const stop = new AbortController();
    const offsets: number[] = [];
    const lines: FleetLine[] = [];
    const fetchPage: FetchFleetPage = async (offset) => {
      offsets.push(offset);
      if (offset === 100) stop.abort();
      return { items: calls(100, offset), total: 5000 } satisfies FleetPage;
    };
    const outcome = await runFleetJob(
      request('limit=5000'),
      { fetchPage, cache: null },
      (l) => lines.push(l),
      stop.signal,
    );
    expect(offsets).toEqual([0, 100]);
    expect(outcome.reason).toBe('cancelled');
    expect(lines.map((l) => l.type)).toEqual(['progress', 'progress']);
  });
});

describe('the cache', () => {
  it('serves a second view at once, with its age, for any target', async () => {
    let now = 1_000_000;
    const cache = createFleetCache({ now: () => now });
    const { offsets, fetchPage } = list(300);
    const first: FleetLine[] = [];
    await runFleetJob(
      request('limit=500'),
      { fetchPage, cache, now: () => now },
      (l) => first.push(l),
      new AbortController().signal,
    );
    expect((first.at(-1) as FleetResultLine).result.turns.overTarget).toBe(300);
    now += 42_500;
    const lines: FleetLine[] = [];
    const outcome = await runFleetJob(
      request('limit=500&target_ms=950'),
      { fetchPage, cache, now: () => now },
      (l) => lines.push(l),
      new AbortController().signal,
    );
    expect(offsets).toEqual([0, 100, 200]);
    expect(outcome.cached).toBe(true);
    expect(lines[0]).toEqual({ type: 'progress', read: 300, expected: 300 });
    expect(lines[1]).toMatchObject({
      cache: { hit: true, ageSeconds: 42 },
      result: { targetMs: 950 },
    });
    expect((lines[1] as FleetResultLine).result.turns.overTarget).toBe(0);
  });

  it('reads again after 60 s, for other filters, and when asked to', async () => {
    let now = 0;
    const cache = createFleetCache({ now: () => now });
    const { offsets, fetchPage } = list(50);
    const go = (q: string) =>
      runFleetJob(
        request(q),
        { fetchPage, cache, now: () => now },
        () => undefined,
        new AbortController().signal,
      );
    await go('');
    await go('status=completed');
    await go('fresh=1');
    now += 60_000;
    await go('');
    expect(offsets).toEqual([0, 0, 0, 0]);
    expect((await go('')).cached).toBe(true);
  });

  it('keeps at most four windows', () => {
    const cache = createFleetCache();
    const entry = {} as Parameters<typeof cache.set>[1];
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, entry);
    expect(cache.size).toBe(4);
    expect(cache.get('a')).toBeNull();
  });
});
