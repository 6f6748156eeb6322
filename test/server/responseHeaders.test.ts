// @vitest-environment node
// Hole 3 of issue 12: the API's response headers reached the browser through a denylist, so a
// hostile or misconfigured API could open /v1 to other origins (CORS) or weaken the console's CSP.
import { describe, expect, it } from 'vitest';
import { raw, stop } from './support/consoleServer.ts';
import { setupFakeUpstream, setupInProcessServer } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const server = setupInProcessServer(() => ({ ONEINBOX_API_URL: upstream.url }));

const HOSTILE_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Credentials': 'true',
  'Access-Control-Expose-Headers': '*',
  'Content-Security-Policy': "script-src * 'unsafe-inline'",
  'X-Frame-Options': 'ALLOWALL',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  Server: 'evil/1.0',
  'X-Powered-By': 'PHP/5',
  'Set-Cookie': 'upstream=1; Path=/',
  Link: '<https://evil.example/x.js>; rel=preload; as=script',
  Refresh: '0; url=https://evil.example',
  'Cache-Control': 'public, max-age=86400',
  'Referrer-Policy': 'unsafe-url',
  'X-Custom': 'anything',
  // These pass.
  ETag: '"v1"',
  'Last-Modified': 'Tue, 01 Dec 2026 10:00:00 GMT',
  'Retry-After': '3',
  'X-Request-Id': 'req-123',
};

describe('hole 3: response headers pass by allowlist', () => {
  it.each([
    [
      'a read',
      (url: string) => raw(url, 'GET', '/v1/calls/abc', { Origin: 'https://evil.example' }),
    ],
    ['a stop', (url: string) => stop(url, 'abc')],
  ])('keeps the API’s CORS, CSP, framing and cookie headers from %s', async (_name, send) => {
    upstream.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', ...HOSTILE_HEADERS });
      res.end(JSON.stringify({ id: 'abc', status: 'completed' }));
    });
    const res = await send(server.url);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ id: 'abc', status: 'completed' });
    for (const name of Object.keys(res.headers)) {
      expect(name.startsWith('access-control-')).toBe(false);
    }
    // The console's own security headers, not the API's.
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'self'/);
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['cache-control']).toBe('no-store');
    for (const name of ['strict-transport-security', 'server', 'x-powered-by', 'set-cookie']) {
      expect(res.headers[name]).toBeUndefined();
    }
    for (const name of ['link', 'refresh', 'x-custom']) expect(res.headers[name]).toBeUndefined();
    expect(res.headers).toMatchObject({
      'content-type': 'application/json',
      etag: '"v1"',
      'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT',
      'retry-after': '3',
      'x-request-id': 'req-123',
    });
  });

  it('never answers a cross-origin preflight with CORS headers', async () => {
    const res = await raw(server.url, 'OPTIONS', '/v1/calls/abc', {
      Origin: 'https://evil.example',
      'Access-Control-Request-Method': 'GET',
    });
    expect(res.status).toBe(405);
    expect(Object.keys(res.headers).some((n) => n.startsWith('access-control-'))).toBe(false);
    expect(upstream.seen).toEqual([]);
  });
});

describe('an answer that is not JSON', () => {
  it.each([
    ['HTML', 'text/html', '<script>alert(1)</script>', /text\/html instead of JSON/],
    ['plain text', 'text/plain', 'ok', /text\/plain instead of JSON/],
    ['HTML labelled as JSON', 'application/json', '<html>oops</html>', /not JSON/],
    ['an empty JSON answer', 'application/json', '', /empty body/],
    ['no content type', '', '{"id":"abc"}', /no content type/],
  ])('becomes a 502 that says so (%s)', async (_name, type, body, detail) => {
    upstream.handle((_req, res) => {
      res.writeHead(200, type ? { 'Content-Type': type } : {});
      res.end(body);
    });
    const res = await raw(server.url, 'GET', '/v1/calls/abc');
    expect(res.status).toBe(502);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body).detail).toMatch(detail);
    expect(res.body).not.toContain('<script>');
  });

  it('answers 502 for a redirect, and does not follow it with the key', async () => {
    upstream.handle((req, res) => {
      if (req.url === '/elsewhere') return void res.end('{}');
      res.writeHead(302, { Location: `${upstream.url}/elsewhere`, 'Content-Type': 'text/html' });
      res.end();
    });
    const res = await raw(server.url, 'GET', '/v1/calls/abc');
    expect(res.status).toBe(502);
    expect(JSON.parse(res.body).detail).toMatch(/redirect/);
    expect(res.headers.location).toBeUndefined();
    expect(upstream.seen.map((r) => r.url)).toEqual(['/v1/calls/abc']);
  });

  it('tells a stop’s sender that the stop was sent and its outcome is unknown', async () => {
    upstream.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>gateway</html>');
    });
    const res = await stop(server.url, 'abc');
    expect(res.status).toBe(502);
    expect(JSON.parse(res.body).detail).toMatch(
      /The stop was sent; whether the call stopped is unknown/,
    );
  });
});
