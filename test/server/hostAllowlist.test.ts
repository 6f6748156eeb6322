// @vitest-environment node
// Hole 5 of issue 12: no Host check, so a page on rebind.example whose name was re-pointed at
// 127.0.0.1 (DNS rebinding) could read calls through a loopback console and stop them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../server/config.ts';
import { createConsoleApp } from '../../server/consoleApp.ts';
import { FAKE_KEY, raw, stop } from './support/consoleServer.ts';
import { setupFakeUpstream, setupInProcessServer } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const server = setupInProcessServer(() => ({
  ONEINBOX_API_URL: upstream.url,
  CONSOLE_ORIGIN: 'https://console.example.com',
}));
const port = () => new URL(server.url).port;

describe('hole 5: the Host allowlist', () => {
  it.each([
    ['a read', (host: string) => raw(server.url, 'GET', '/v1/calls/abc', { Host: host })],
    ['the config', (host: string) => raw(server.url, 'GET', '/console/config', { Host: host })],
    [
      'a page',
      (host: string) => raw(server.url, 'GET', '/calls', { Host: host, Accept: 'text/html' }),
    ],
    ['the health check', (host: string) => raw(server.url, 'GET', '/healthz', { Host: host })],
    [
      'a stop with a matching foreign Origin',
      (host: string) => stop(server.url, 'abc', { Host: host, Origin: `http://${host}` }),
    ],
  ])('refuses %s for a rebound name with 421', async (_name, send) => {
    for (const host of [
      `rebind.example:${port()}`,
      'rebind.example',
      `127.0.0.1.nip.io:${port()}`,
    ]) {
      const res = await send(host);
      expect(res.status).toBe(421);
      expect(JSON.parse(res.body).detail).toMatch(/does not answer to that host name/);
      expect(res.body).not.toContain('"id"');
    }
    expect(upstream.seen).toEqual([]);
  });

  it.each([
    ['127.0.0.1 with another port', () => `127.0.0.1:${Number(port()) + 1}`],
    ['localhost without the port', () => 'localhost'],
    ['a Host with user info', () => `evil.example@127.0.0.1:${port()}`],
    ['the origin’s host on another port', () => 'console.example.com:8443'],
  ])('refuses %s', async (_name, host) => {
    expect((await raw(server.url, 'GET', '/v1/calls/abc', { Host: host() })).status).toBe(421);
    expect(upstream.seen).toEqual([]);
  });

  // RFC 9112 §3.2.2: a request-target in absolute form names the host, and the Host header is
  // ignored. A proxy-style request naming a foreign host was served on the loopback Host.
  it.each([
    ['a rebound name', () => `http://rebind.example:${port()}/v1/calls/abc`],
    ['a name with user info', () => `http://evil.example@127.0.0.1:${port()}/v1/calls/abc`],
    ['another scheme', () => `ftp://127.0.0.1:${port()}/v1/calls/abc`],
  ])('refuses a request-target in absolute form that names %s', async (_name, target) => {
    const res = await raw(server.url, 'GET', target(), { Host: `127.0.0.1:${port()}` });
    expect(res.status).toBe(421);
    expect(upstream.seen).toEqual([]);
  });

  it('serves a request-target in absolute form that names the console itself', async () => {
    const res = await raw(server.url, 'GET', `http://127.0.0.1:${port()}/v1/calls/abc`, {
      Host: 'rebind.example',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ id: 'abc' });
  });

  it.each([
    ['127.0.0.1 and the bound port', () => `127.0.0.1:${port()}`],
    ['localhost and the bound port', () => `localhost:${port()}`],
    ['[::1] and the bound port', () => `[::1]:${port()}`],
    ['the CONSOLE_ORIGIN host', () => 'console.example.com'],
    ['the CONSOLE_ORIGIN host with its default port', () => 'console.example.com:443'],
  ])('serves %s', async (_name, host) => {
    const res = await raw(server.url, 'GET', '/v1/calls/abc', { Host: host() });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ id: 'abc' });
  });
});

describe('hole 5 in the dev server', () => {
  let dev: Server;
  let devUrl: string;
  beforeAll(async () => {
    // As vite.config.ts mounts it, ahead of Vite's own host check.
    const app = createConsoleApp(
      readServerConfig({ ONEINBOX_API_KEY: FAKE_KEY, ONEINBOX_API_URL: upstream.url }),
    ) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    dev = createServer((req, res) => app(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((resolve) => dev.listen(0, '127.0.0.1', resolve));
    devUrl = `http://127.0.0.1:${(dev.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    dev.closeAllConnections();
    await new Promise((resolve) => dev.close(resolve));
  });

  it('refuses a rebound name on /v1 and /console, and serves its own address', async () => {
    const devPort = new URL(devUrl).port;
    const foreign = { Host: `rebind.example:${devPort}` };
    expect((await raw(devUrl, 'GET', '/v1/calls/abc', foreign)).status).toBe(421);
    expect((await raw(devUrl, 'GET', '/console/config', foreign)).status).toBe(421);
    expect(upstream.seen).toEqual([]);
    expect(
      (await raw(devUrl, 'GET', '/v1/calls/abc', { Host: `localhost:${devPort}` })).status,
    ).toBe(200);
  });

  // The dev server is Vite's, not createConsoleServer: the guard itself must read the host a
  // request-target in absolute form names (it answered 200 with Vite's page before).
  it('refuses a request-target in absolute form naming a rebound name', async () => {
    const devPort = new URL(devUrl).port;
    const loopback = { Host: `127.0.0.1:${devPort}` };
    for (const target of [
      `http://rebind.example:${devPort}/v1/calls/abc`,
      `http://rebind.example:${devPort}/console/config`,
    ]) {
      expect((await raw(devUrl, 'GET', target, loopback)).status).toBe(421);
    }
    expect(upstream.seen).toEqual([]);
  });
});
