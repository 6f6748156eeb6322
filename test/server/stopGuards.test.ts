// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { raw, stop } from './support/consoleServer.ts';
import { setupFakeUpstream, setupServersPerTest } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const servers = setupServersPerTest(upstream);

const stopsSeen = () => upstream.seen.filter((r) => r.method === 'POST').length;

describe('read-only mode', () => {
  it('rejects stops at the server and tells the UI through /console/config', async () => {
    const server = await servers.inProcess({ CONSOLE_READ_ONLY: '1' });
    const config = JSON.parse((await raw(server.url, 'GET', '/console/config')).body);
    expect(config).toMatchObject({ mode: 'live', readOnly: true });
    const res = await stop(server.url, 'call_1');
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).detail).toMatch(/read-only/);
    expect(stopsSeen()).toBe(0);
    // Reading still works.
    expect((await raw(server.url, 'GET', '/v1/calls/call_1')).status).toBe(200);
  });
});

describe('same-origin check (CSRF)', () => {
  it.each([
    ['no Origin and no Sec-Fetch-Site', {}],
    [
      'another site (Sec-Fetch-Site)',
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
    ],
    ['a sibling subdomain (Sec-Fetch-Site)', { 'Sec-Fetch-Site': 'same-site' }],
    ['another origin (Origin only)', { Origin: 'https://evil.example' }],
    ['an opaque origin', { Origin: 'null' }],
  ])('refuses a stop from %s', async (_name, headers: Record<string, string>) => {
    const server = await servers.inProcess();
    const res = await raw(server.url, 'POST', '/v1/calls/call_1/stop', headers);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).detail).toMatch(/cross-site/);
    expect(stopsSeen()).toBe(0);
  });

  it.each([
    ['Sec-Fetch-Site: same-origin', (_url: string) => ({ 'Sec-Fetch-Site': 'same-origin' })],
    ['a matching Origin (plain http, no Sec-Fetch-*)', (url: string) => ({ Origin: url })],
    ['an origin listed in CONSOLE_ORIGIN', () => ({ Origin: 'https://console.example.com' })],
  ])('forwards a stop with %s', async (_name, headersFor) => {
    const server = await servers.inProcess({ CONSOLE_ORIGIN: 'https://console.example.com' });
    const res = await raw(server.url, 'POST', '/v1/calls/call_1/stop', headersFor(server.url));
    expect(res.status).toBe(200);
    expect(stopsSeen()).toBe(1);
  });
});

describe('per-user stop rate limit', () => {
  it('answers 429 with Retry-After once a user has used their stops, per user', async () => {
    const server = await servers.inProcess({
      CONSOLE_AUTH: 'header',
      CONSOLE_STOP_RATE_LIMIT: '3',
    });
    const as = (user: string) => ({ 'X-Forwarded-User': user });
    for (let i = 0; i < 3; i++)
      expect((await stop(server.url, `c${i}`, as('ada'))).status).toBe(200);
    const limited = await stop(server.url, 'c3', as('ada'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body).detail).toMatch(/Too many stop requests/);
    expect(stopsSeen()).toBe(3);
    // Another user has their own budget; reads are not limited.
    expect((await stop(server.url, 'c4', as('grace'))).status).toBe(200);
    expect((await raw(server.url, 'GET', '/v1/calls/c1', as('ada'))).status).toBe(200);
  });
});
