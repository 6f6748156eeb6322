// @vitest-environment node
// The function-level way to the API (server/upstream), for server code that reads the API
// itself: the same allowlist, key, deadline, header allowlist and scrubbing as the /v1 route.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpstream, UpstreamError, type Upstream } from '../../server/upstream/index.ts';
import { FAKE_KEY } from './support/consoleServer.ts';
import { setupFakeUpstream } from './support/fixtures.ts';

const api = setupFakeUpstream();
let upstream: Upstream;

beforeAll(() => {
  upstream = createUpstream({ apiKey: FAKE_KEY, apiUrl: api.url, upstreamTimeoutMs: 300 });
});
afterAll(() => upstream.close());

describe('createUpstream().request', () => {
  it('reads a call as JSON, with the key, scrubbed', async () => {
    api.handle((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(JSON.stringify({ id: 'c1', echo: req.headers.authorization })));
    });
    const answer = await upstream.request('getCall', { id: 'c1' });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ id: 'c1', echo: 'Bearer [redacted]' });
    expect(api.seen[0]).toMatchObject({ method: 'GET', url: '/v1/calls/c1' });
    expect(api.seen[0]!.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
  });

  it('pages the list with allowlisted query parameters only', async () => {
    const answer = await upstream.request('listCalls', {
      query: { limit: '100', offset: '200', status: undefined },
    });
    expect(await answer.json()).toMatchObject({ items: [] });
    expect(api.seen[0]!.url).toBe('/v1/calls?limit=100&offset=200');
  });

  it.each([
    ['an id that is not an id', () => upstream.request('getCall', { id: '../agents/x' })],
    ['the cursor endpoint', () => upstream.request('getCall', { id: 'cursor' })],
    ['a missing id', () => upstream.request('getAgent', {})],
    ['an unknown query parameter', () => upstream.request('listCalls', { query: { sort: 'x' } })],
  ])('refuses %s before sending anything', async (_name, call) => {
    await expect(call()).rejects.toThrow(TypeError);
    expect(api.seen).toEqual([]);
  });

  it('says why there was no usable answer', async () => {
    api.handle(() => undefined);
    await expect(upstream.request('getCall', { id: 'slow' })).rejects.toMatchObject({
      kind: 'timeout',
    });
    api.handle((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>'));
    const notJson = await upstream.request('getCall', { id: 'x' }).catch((e: unknown) => e);
    expect(notJson).toBeInstanceOf(UpstreamError);
    expect(notJson).toMatchObject({ kind: 'bad_answer', status: 200 });
    api.handle((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"a":'),
    );
    const answer = await upstream.request('getCall', { id: 'x' });
    await expect(answer.json()).rejects.toMatchObject({ kind: 'bad_answer' });
    const closed = createUpstream({
      apiKey: FAKE_KEY,
      apiUrl: 'http://127.0.0.1:9',
      upstreamTimeoutMs: 300,
    });
    await expect(closed.request('getCall', { id: 'x' })).rejects.toMatchObject({
      kind: 'unreachable',
      sent: false,
    });
    await closed.close();
  });

  it('gives up when the caller’s signal fires', async () => {
    api.handle(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    await expect(
      upstream.request('getCall', { id: 'slow' }, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(UpstreamError);
    expect(Date.now() - started).toBeLessThan(250);
  });
});
