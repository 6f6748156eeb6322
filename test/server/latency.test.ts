// @vitest-environment node
// GET /console/latency (issue 16): the console server pages the API's list itself and streams
// aggregates. Real HTTP on loopback, against a fake API as loose as the spec allows.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import bcrypt from 'bcryptjs';
import { afterEach, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../server/config.ts';
import type { ConsoleAppOptions } from '../../server/consoleApp.ts';
import { createConsoleServer } from '../../server/listen.ts';
import { createLogger } from '../../server/logger.ts';
import { createProductionApp } from '../../server/productionApp.ts';
import { createFleetCache } from '../../src/lib/fleet/cache.ts';
import type { FleetLine, FleetProgressLine, FleetResultLine } from '../../src/lib/fleet/wire.ts';
import { FAKE_KEY, fakeDist, raw, tempDir } from './support/consoleServer.ts';
import { fakeList } from './support/fakeList.ts';
import { setupFakeUpstream } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function start(env: Record<string, string> = {}, latency: ConsoleAppOptions['latency'] = {}) {
  const config = readServerConfig({
    ONEINBOX_API_KEY: FAKE_KEY,
    ONEINBOX_API_URL: upstream.url,
    ...env,
  });
  const logs: string[] = [];
  const logger = createLogger({ secrets: [config.apiKey], write: (line) => logs.push(line) });
  const app = createProductionApp(config, {
    distDir: fakeDist(),
    audit: null,
    logger,
    latency: { retryDelayMs: 5, ...latency },
  });
  const server = createConsoleServer(app).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, logs };
}

interface Read {
  status: number;
  headers: Headers;
  lines: FleetLine[];
  result: FleetResultLine;
}

/** Reads the stream line by line; `onLine` may abort by returning false. */
async function read(
  url: string,
  {
    headers = {},
    onLine,
  }: { headers?: Record<string, string>; onLine?: (line: FleetLine) => boolean } = {},
): Promise<Read> {
  const stop = new AbortController();
  const res = await fetch(url, { headers, signal: stop.signal });
  const lines: FleetLine[] = [];
  if (res.body) {
    let buffered = '';
    const decoder = new TextDecoder();
    const reader = res.body.getReader();
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        buffered += decoder.decode(chunk.value, { stream: true });
        let nl: number;
        while ((nl = buffered.indexOf('\n')) !== -1) {
          const line = JSON.parse(buffered.slice(0, nl)) as FleetLine;
          buffered = buffered.slice(nl + 1);
          lines.push(line);
          if (onLine && !onLine(line)) {
            stop.abort();
            throw new Error('aborted by the test');
          }
        }
      }
    } catch (error) {
      if (!stop.signal.aborted) throw error;
    }
  }
  return {
    status: res.status,
    headers: res.headers,
    lines,
    result: lines.at(-1) as FleetResultLine,
  };
}

const progress = (lines: FleetLine[]) =>
  lines
    .filter((l): l is FleetProgressLine => l.type === 'progress')
    .map((l) => [l.read, l.expected]);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('paging the API’s list', () => {
  it('reads pages of 100 in order, with the filters, and stops at the total', async () => {
    upstream.handle(fakeList({ count: 250 }).handler);
    const server = await start();
    const { status, headers, lines, result } = await read(
      `${server.url}/console/latency?limit=500&agent_id=agt_front&status=completed`,
    );
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(upstream.seen.map((s) => s.url)).toEqual([
      '/v1/calls?limit=100&offset=0&agent_id=agt_front&status=completed',
      '/v1/calls?limit=100&offset=100&agent_id=agt_front&status=completed',
      '/v1/calls?limit=100&offset=200&agent_id=agt_front&status=completed',
    ]);
    expect(progress(lines)).toEqual([
      [0, 500],
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
    expect(result).toMatchObject({
      complete: true,
      stop: { reason: 'end', error: null },
      window: {
        limit: 500,
        agentId: 'agt_front',
        status: 'completed',
        read: 250,
        total: 250,
        pages: 3,
      },
      cache: { hit: false, ageSeconds: 0 },
    });
    // The loose items: null latency every 10th, 'n/a' every 25th, some without a date.
    expect(result.result.calls).toMatchObject({ read: 250, noLatency: 25, latencyNotObject: 10 });
    expect(result.result.overTime.undated).toBe(8);
    expect(result.result.rows.id).toHaveLength(250);
  });

  it('stops at the limit, and at a short page when the API sends no total', async () => {
    upstream.handle(fakeList({ count: 5000 }).handler);
    const server = await start();
    await read(`${server.url}/console/latency?limit=100`);
    expect(upstream.seen.map((s) => s.url)).toEqual(['/v1/calls?limit=100&offset=0']);

    upstream.seen.length = 0;
    upstream.handle(fakeList({ count: 130, withTotal: false }).handler);
    const { result } = await read(`${server.url}/console/latency?limit=1000`);
    expect(upstream.seen.map((s) => s.url)).toEqual([
      '/v1/calls?limit=100&offset=0',
      '/v1/calls?limit=100&offset=100',
    ]);
    expect(result.window).toMatchObject({ read: 130, total: null });
  });

  it('reaches the API only through GET /v1/calls, with the key and nothing of the browser’s', async () => {
    upstream.handle(fakeList({ count: 120 }).handler);
    const server = await start();
    await read(`${server.url}/console/latency?limit=500`, {
      headers: {
        Cookie: 'session=browser',
        Authorization: 'Bearer browser-token',
        'X-Forwarded-User': 'eve',
      },
    });
    expect(upstream.seen.length).toBe(2);
    for (const seen of upstream.seen) {
      expect(seen.method).toBe('GET');
      expect(seen.url).toMatch(/^\/v1\/calls\?limit=100&offset=\d+$/);
      expect(seen.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
      expect(seen.headers.cookie).toBeUndefined();
      expect(seen.headers['x-forwarded-user']).toBeUndefined();
    }
  });
});

describe('cancelling', () => {
  it('stops paging the API as soon as the browser goes away', async () => {
    const list = fakeList({ count: 5000, delayMs: (offset) => (offset === 0 ? 0 : 400) });
    upstream.handle(list.handler);
    const server = await start();
    await read(`${server.url}/console/latency?limit=5000`, {
      // Leave once the first page has been counted, while the second is being read.
      onLine: (line) => !(line.type === 'progress' && line.read === 100),
    });
    await wait(1000);
    expect(upstream.seen.map((s) => s.url)).toEqual([
      '/v1/calls?limit=100&offset=0',
      '/v1/calls?limit=100&offset=100',
    ]);
    // The page in flight was abandoned, not read to its end.
    expect(list.abandoned).toEqual(['/v1/calls?limit=100&offset=100']);
    expect(server.logs.join('\n')).toMatch(/"msg":"latency window".*"reason":"cancelled"/);
  });
});

describe('when the API fails mid-way', () => {
  it('answers with what it read, labelled partial, with the API’s error', async () => {
    upstream.handle(
      fakeList({ count: 1000, fault: (offset) => (offset === 200 ? 'error-500' : 'ok') }).handler,
    );
    const server = await start();
    const { result } = await read(`${server.url}/console/latency?limit=500`);
    // Tried twice (one retry for a 5xx), then given up.
    expect(upstream.seen.map((s) => s.url).filter((u) => u.includes('offset=200'))).toHaveLength(2);
    expect(result).toMatchObject({
      complete: false,
      stop: {
        reason: 'error',
        error: {
          kind: 'refused',
          status: 500,
          detail: 'The OneInbox API answered 500: Internal error while listing calls',
        },
      },
      window: { read: 200, pages: 2 },
      result: { calls: { read: 200 } },
    });
  });

  it('says so when the connection breaks mid-page, and does not cache a partial window', async () => {
    upstream.handle(
      fakeList({ count: 1000, fault: (offset) => (offset === 100 ? 'cut' : 'ok') }).handler,
    );
    const server = await start();
    const first = await read(`${server.url}/console/latency?limit=500`);
    expect(first.result).toMatchObject({
      complete: false,
      stop: { error: { kind: 'cut', status: null } },
      window: { read: 100 },
    });
    expect(first.result.stop.error!.detail).toMatch(/connection to the OneInbox API broke/);
    upstream.seen.length = 0;
    await read(`${server.url}/console/latency?limit=500`);
    expect(upstream.seen[0]?.url).toBe('/v1/calls?limit=100&offset=0');
  });

  it('retries a page the API refused for a moment, and goes on', async () => {
    upstream.handle(
      fakeList({
        count: 300,
        fault: (offset, attempt) => (offset === 100 && attempt === 1 ? 'error-500' : 'ok'),
      }).handler,
    );
    const server = await start();
    const { result } = await read(`${server.url}/console/latency?limit=500`);
    expect(result).toMatchObject({ complete: true, window: { read: 300 } });
  });

  it('labels a page that never comes as a timeout', async () => {
    upstream.handle(
      fakeList({ count: 300, fault: (offset) => (offset === 100 ? 'hang' : 'ok') }).handler,
    );
    const server = await start({ CONSOLE_UPSTREAM_TIMEOUT_MS: '300' });
    const { result } = await read(`${server.url}/console/latency?limit=500`);
    expect(result.stop.error).toMatchObject({ kind: 'timeout', status: null });
    expect(result.window.read).toBe(100);
  });
});

describe('the cache', () => {
  it('answers a second view from the cache, says how old it is, and keys by the filters', async () => {
    let now = Date.parse('2026-11-20T12:00:00Z');
    const cache = createFleetCache({ now: () => now });
    upstream.handle(fakeList({ count: 150 }).handler);
    const server = await start({}, { cache });
    const first = await read(`${server.url}/console/latency?limit=500`);
    expect(first.result.cache).toEqual({ hit: false, ageSeconds: 0 });
    expect(upstream.seen).toHaveLength(2);

    now += 31_000;
    const started = performance.now();
    const second = await read(`${server.url}/console/latency?limit=500&target_ms=2000`);
    const ms = performance.now() - started;
    expect(upstream.seen).toHaveLength(2);
    expect(second.result.cache).toEqual({ hit: true, ageSeconds: 31 });
    expect(progress(second.lines)).toEqual([[150, 150]]);
    expect(second.result.result.targetMs).toBe(2000);
    expect(second.result.result.rows.id).toEqual(first.result.result.rows.id);
    expect(ms).toBeLessThan(1000);

    await read(`${server.url}/console/latency?limit=500&agent_id=agt_front`);
    await read(`${server.url}/console/latency?limit=500&status=completed`);
    await read(`${server.url}/console/latency?limit=100`);
    await read(`${server.url}/console/latency?limit=500&fresh=1`);
    expect(upstream.seen).toHaveLength(2 + 2 + 2 + 1 + 2);

    now += 60_000;
    const expired = await read(`${server.url}/console/latency?limit=500`);
    expect(expired.result.cache.hit).toBe(false);
  });
});

describe('the same checks as /v1', () => {
  it('refuses a rebound Host name before anything reaches the API', async () => {
    upstream.handle(fakeList({ count: 10 }).handler);
    const server = await start();
    const res = await raw(server.url, 'GET', '/console/latency', { Host: 'rebind.example' });
    expect(res.status).toBe(421);
    expect(upstream.seen).toEqual([]);
  });

  it('asks for sign-in first', async () => {
    upstream.handle(fakeList({ count: 10 }).handler);
    const usersFile = path.join(tempDir(), 'users');
    writeFileSync(usersFile, `ada:${bcrypt.hashSync('s3cret', 4)}\n`);
    const server = await start({ CONSOLE_AUTH: 'basic', CONSOLE_USERS_FILE: usersFile });
    expect((await raw(server.url, 'GET', '/console/latency')).status).toBe(401);
    expect(upstream.seen).toEqual([]);
    const auth = `Basic ${Buffer.from('ada:s3cret').toString('base64')}`;
    const signedIn = await read(`${server.url}/console/latency?limit=100`, {
      headers: { Authorization: auth },
    });
    expect(signedIn.result.window.read).toBe(10);
    expect(upstream.seen[0]?.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
  });

  it('refuses bad parameters, other methods and bodies, and says so in demo mode', async () => {
    const server = await start();
    for (const query of ['limit=7', 'offset=100', 'agent_id=a/b', 'limit=100&limit=500']) {
      const res = await raw(server.url, 'GET', `/console/latency?${query}`);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).detail).toBeTruthy();
    }
    expect((await raw(server.url, 'POST', '/console/latency')).status).toBe(405);
    const body = await raw(server.url, 'GET', '/console/latency', { 'Content-Length': '2' });
    expect(body.status).toBe(400);
    expect(upstream.seen).toEqual([]);

    const demo = await start({ ONEINBOX_API_KEY: '' });
    const res = await raw(demo.url, 'GET', '/console/latency');
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).detail).toMatch(/^Demo mode: no ONEINBOX_API_KEY/);
  });

  it('reads only so many windows at once', async () => {
    upstream.handle(fakeList({ count: 300, delayMs: () => 300 }).handler);
    const server = await start({}, { maxJobs: 1 });
    const first = read(`${server.url}/console/latency?limit=500`);
    await wait(100);
    const busy = await raw(server.url, 'GET', '/console/latency?limit=100');
    expect(busy.status).toBe(429);
    expect(busy.headers['retry-after']).toBe('5');
    expect((await first).result.complete).toBe(true);
  });
});

describe('on the wire', () => {
  it('compresses the stream and flushes each progress line as its page is read', async () => {
    // The second page waits 600 ms: the first page's progress must arrive before it.
    upstream.handle(
      fakeList({ count: 200, delayMs: (offset) => (offset === 100 ? 600 : 0) }).handler,
    );
    const server = await start();
    for (const encoding of ['gzip', 'br']) {
      upstream.seen.length = 0;
      const started = performance.now();
      const at: number[] = [];
      const { headers, result } = await read(`${server.url}/console/latency?limit=500&fresh=1`, {
        headers: { 'Accept-Encoding': encoding },
        onLine: (line) => {
          if (line.type === 'progress' && line.read === 100) at.push(performance.now() - started);
          return true;
        },
      });
      expect(headers.get('content-encoding')).toBe(encoding);
      expect(result.window.read).toBe(200);
      expect(at[0]).toBeLessThan(500);
    }
  });
});
