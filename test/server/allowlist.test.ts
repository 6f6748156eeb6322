// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchAllowlist } from '../../server/upstream/routes.ts';
import { FAKE_KEY, raw } from './support/consoleServer.ts';
import { setupFakeUpstream, setupInProcessServer } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const server = setupInProcessServer(() => ({ ONEINBOX_API_URL: upstream.url }));

describe('the allowlist', () => {
  it('forwards the console endpoints, keeping only known query parameters', async () => {
    const list = await raw(
      server.url,
      'GET',
      '/v1/calls?limit=5&status=completed&debug=1&api_key=x',
    );
    expect(list.status).toBe(200);
    const call = await raw(server.url, 'GET', '/v1/calls/call_abc-123');
    expect(call.status).toBe(200);
    const agent = await raw(server.url, 'GET', '/v1/agents/agent_1');
    expect(agent.status).toBe(404); // the fake API's own answer, so it was forwarded
    expect(upstream.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /v1/calls?limit=5&status=completed',
      'GET /v1/calls/call_abc-123',
      'GET /v1/agents/agent_1',
    ]);
  });

  it.each([
    ['GET', '/v1/calls/cursor', 404],
    ['GET', '/v1/calls/cursor?limit=5', 404],
    ['GET', '/v1/agents', 404],
    ['GET', '/v1/calls/abc%2Fstop', 404],
    ['POST', '/v1/calls/abc%2Fstop', 404],
    ['GET', '/v1/calls/..%2Fagents%2Fx', 404],
    ['GET', '/v1/calls/%2e%2e/agents/x', 404],
    ['GET', '/v1/calls/../agents/x', 404],
    ['GET', '/v1/calls/x/../../admin', 404],
    ['GET', '/v1//calls', 404],
    ['GET', '/v1/calls/', 404],
    ['POST', '/v1/calls/x/stop/', 404],
    ['GET', '/v1/calls/x%00', 404],
    ['GET', '/v1/calls/.%2e/agents/x', 404],
    ['GET', '/v1/calls/..\\agents\\x', 404],
    ['GET', '/v1/calls/x/..', 404],
    ['POST', '/v1/calls/x/./stop', 404],
    ['GET', '/v1/organisations/me', 404],
    ['DELETE', '/v1/calls/abc', 405],
    ['PUT', '/v1/calls/abc', 405],
    ['POST', '/v1/calls', 405],
    ['GET', '/v1/calls/abc/stop', 405],
    ['POST', '/v1/agents/agent_1', 405],
    ['PATCH', '/v1/agents/agent_1', 405],
  ])(
    '%s %s is answered by the console (%i) and never reaches the API',
    async (method, path, status) => {
      const res = await raw(server.url, method, path, { Origin: server.url });
      expect(res.status).toBe(status);
      expect(JSON.parse(res.body)).toHaveProperty('detail');
      expect(upstream.seen).toEqual([]);
    },
  );

  it('answers 405 with an Allow header', async () => {
    const res = await raw(server.url, 'DELETE', '/v1/calls/abc');
    expect(res.headers.allow).toBe('GET');
  });
});

describe('credentials', () => {
  it('replaces the browser Authorization with the key and strips cookies and identity headers', async () => {
    const res = await raw(server.url, 'GET', '/v1/calls/abc', {
      Authorization: 'Bearer browser-token',
      Cookie: 'session=browser',
      'X-Api-Key': 'browser-key',
      'X-Forwarded-User': 'mallory',
      'X-Forwarded-For': '10.0.0.1',
      Origin: 'https://evil.example',
      Referer: 'https://evil.example/page',
    });
    expect(res.status).toBe(200);
    const seen = upstream.seen[0]!.headers;
    expect(seen.authorization).toBe(`Bearer ${FAKE_KEY}`);
    for (const name of [
      'cookie',
      'x-api-key',
      'x-forwarded-user',
      'x-forwarded-for',
      'origin',
      'referer',
    ]) {
      expect(seen[name]).toBeUndefined();
    }
  });

  it('drops the API Set-Cookie and never echoes the key to the browser', async () => {
    const res = await raw(server.url, 'GET', '/v1/calls/abc');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.stringify(res.headers) + res.body).not.toContain(FAKE_KEY);
  });
});

describe('matchAllowlist', () => {
  it('reads ids from the raw path and refuses the cursor endpoint', () => {
    expect(matchAllowlist('POST', '/v1/calls/c1/stop')).toMatchObject({
      ok: true,
      params: { id: 'c1' },
    });
    expect(matchAllowlist('GET', '/v1/calls/cursor')).toEqual({ ok: false, status: 404 });
    expect(matchAllowlist('GET', '/v1/calls/a%2Fb')).toEqual({ ok: false, status: 404 });
  });
});
