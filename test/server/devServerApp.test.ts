// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../server/config.ts';
import { createConsoleApp } from '../../server/consoleApp.ts';
import { FAKE_KEY, raw, stop } from './support/consoleServer.ts';
import { setupFakeUpstream } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
let server: Server;
let url: string;

beforeAll(async () => {
  // As vite.config.ts mounts it: a plain (req, res, next) handler inside a non-Express server.
  const app = createConsoleApp(
    readServerConfig({ ONEINBOX_API_KEY: FAKE_KEY, ONEINBOX_API_URL: upstream.url }),
  );
  const handler = app as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
  ) => void;
  server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 418;
      res.end('next');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the console app inside the dev server', () => {
  it('serves its config and proxies allowlisted reads with the key', async () => {
    const config = await raw(url, 'GET', '/console/config');
    expect(JSON.parse(config.body)).toEqual({ mode: 'live', readOnly: false, user: null });
    expect((await raw(url, 'GET', '/v1/calls/abc')).status).toBe(200);
    expect(upstream.seen.at(-1)!.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
    expect((await raw(url, 'GET', '/v1/calls/cursor')).status).toBe(404);
  });

  it('applies the same-origin check to stops, and forwards same-origin ones', async () => {
    const before = upstream.seen.length;
    expect(
      (await raw(url, 'POST', '/v1/calls/abc/stop', { Origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect(upstream.seen.length).toBe(before);
    expect((await stop(url, 'abc')).status).toBe(200);
    expect(upstream.seen.at(-1)!.method).toBe('POST');
  });
});
