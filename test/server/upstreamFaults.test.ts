// @vitest-environment node
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FAKE_KEY, raw, stop } from './support/consoleServer.ts';
import { readAuditLines } from './support/auditLines.ts';
import { setupFakeUpstream, setupServersPerTest } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const servers = setupServersPerTest(upstream);

/** Nothing in what the browser gets or what the server logs may contain the key. */
function expectNoKey(...texts: string[]) {
  for (const text of texts) expect(text).not.toContain(FAKE_KEY);
}

describe('upstream faults', () => {
  it('answers 504 with a readable detail when the API does not answer in time', async () => {
    const server = await servers.inProcess({ CONSOLE_UPSTREAM_TIMEOUT_MS: '300' });
    upstream.handle(() => undefined); // stalls forever
    const started = Date.now();
    const read = await raw(server.url, 'GET', '/v1/calls/slow');
    expect(read.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(JSON.parse(read.body).detail).toMatch(/did not answer within 0\.3 s/);

    const stopped = await stop(server.url, 'slow');
    expect(stopped.status).toBe(504);
    expect(readAuditLines(server.audit!.path).at(-1)).toMatchObject({
      callId: 'slow',
      result: 'upstream_timeout',
      upstreamStatus: null,
    });
    expectNoKey(read.body, stopped.body, JSON.stringify(read.headers), server.logs.join('\n'));
  });

  it('cuts the connection when the API stalls mid-body, so a half answer never looks whole', async () => {
    const server = await servers.inProcess({ CONSOLE_UPSTREAM_TIMEOUT_MS: '300' });
    upstream.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"id":');
    });
    await expect(raw(server.url, 'GET', '/v1/calls/half')).rejects.toThrow();
  });

  it('answers 502 with a readable detail when the API cannot be reached', async () => {
    const server = await servers.inProcess({ ONEINBOX_API_URL: 'http://127.0.0.1:9' }); // discard port: refused
    const res = await raw(server.url, 'GET', '/v1/calls/abc');
    expect(res.status).toBe(502);
    expect(JSON.parse(res.body).detail).toMatch(/could not reach the OneInbox API/);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expectNoKey(res.body, server.logs.join('\n'));
  });

  it('answers 502 when the API drops the connection', async () => {
    const server = await servers.inProcess();
    upstream.handle((req) => req.socket.destroy());
    const res = await stop(server.url, 'dropped');
    expect(res.status).toBe(502);
  });

  it('passes 429 through with Retry-After', async () => {
    const server = await servers.inProcess();
    upstream.handle((_req, res) => {
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '7' });
      res.end('{"detail":"Rate limit exceeded"}');
    });
    for (const res of [
      await raw(server.url, 'GET', '/v1/calls/abc'),
      await stop(server.url, 'abc'),
    ]) {
      expect(res.status).toBe(429);
      expect(res.headers['retry-after']).toBe('7');
      expect(JSON.parse(res.body)).toEqual({ detail: 'Rate limit exceeded' });
    }
  });

  it.each([
    ['plain', (body: string) => Buffer.from(body), undefined],
    ['gzip', (body: string) => gzipSync(body), 'gzip'],
    ['brotli', (body: string) => brotliCompressSync(body), 'br'],
  ] as const)(
    'never logs or returns the key, even when the API echoes it back (%s)',
    async (_name, encode, encoding) => {
      const server = await servers.inProcess();
      upstream.handle((req, res) => {
        const echo = String(req.headers.authorization);
        res.writeHead(401, {
          'Content-Type': 'application/json',
          'X-Debug-Auth': echo,
          ...(encoding ? { 'Content-Encoding': encoding } : {}),
        });
        res.end(encode(JSON.stringify({ detail: `Invalid key ${echo}` })));
      });
      for (const res of [
        await raw(server.url, 'GET', '/v1/calls/abc'),
        await stop(server.url, 'abc'),
      ]) {
        expect(res.status).toBe(401);
        expect(JSON.parse(res.body)).toEqual({ detail: 'Invalid key Bearer [redacted]' });
        expect(res.headers['x-debug-auth']).toBeUndefined(); // not an allowlisted header
        expectNoKey(res.body, JSON.stringify(res.headers));
      }
      expectNoKey(server.logs.join('\n'));
      expect(server.logs.some((l) => l.includes('"msg":"request"'))).toBe(true);
      for (const line of server.logs) expect(() => JSON.parse(line)).not.toThrow();
    },
  );

  it('streams successful answers through unchanged, compressed or not', async () => {
    const server = await servers.inProcess();
    const body = JSON.stringify({ id: 'abc', status: 'completed', items: 'x'.repeat(50_000) });
    upstream.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(body));
    });
    const res = await fetch(`${server.url}/v1/calls/abc`);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe(body);
  });
});
