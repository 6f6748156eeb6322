// @vitest-environment node
// Hole 6 of issue 12: in header mode any client could set X-Forwarded-User, nothing tied requests
// to the SSO proxy on a public HOST, and a standard header (Host) was accepted as the identity.
import { describe, expect, it } from 'vitest';
import { FAKE_KEY, raw, startProcess, stop } from './support/consoleServer.ts';
import { setupFakeUpstream, setupServersPerTest } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const servers = setupServersPerTest(upstream);

/** Resolves with the exit code, or kills the process and resolves 'still running'. */
async function exitWithin(env: Record<string, string>, ms = 8_000) {
  const started = await startProcess(env, { wait: false });
  const timer = new Promise<'still running'>((resolve) =>
    setTimeout(() => resolve('still running'), ms),
  );
  const code = await Promise.race([started.exited, timer]);
  if (code === 'still running') started.child.kill('SIGKILL');
  return { code, output: started.output() };
}

describe('hole 6: the identity header is believed only from the SSO proxy', () => {
  it('refuses requests from any other peer with 403, whatever identity they claim', async () => {
    const server = await servers.inProcess({
      CONSOLE_AUTH: 'header',
      CONSOLE_TRUSTED_PROXIES: '10.9.8.7, 192.168.0.0/16',
    });
    const claim = { 'X-Forwarded-User': 'ada@example.com' };
    for (const res of [
      await raw(server.url, 'GET', '/console/config', claim),
      await raw(server.url, 'GET', '/v1/calls/abc', claim),
      await raw(server.url, 'GET', '/calls', { ...claim, Accept: 'text/html' }),
      await stop(server.url, 'abc', claim),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body).toMatch(/through its sign-in proxy/);
    }
    expect(upstream.seen).toEqual([]);
  });

  it('refuses to start on a public HOST without CONSOLE_TRUSTED_PROXIES', async () => {
    const { code, output } = await exitWithin({
      HOST: '0.0.0.0',
      CONSOLE_AUTH: 'header',
      CONSOLE_ORIGIN: 'https://console.example.com',
      ONEINBOX_API_KEY: FAKE_KEY,
    });
    expect(code).toBe(1);
    expect(output).toMatch(/needs CONSOLE_TRUSTED_PROXIES/);
  });

  it('refuses to start with CONSOLE_AUTH_HEADER=Host', async () => {
    const { code, output } = await exitWithin({
      CONSOLE_AUTH: 'header',
      CONSOLE_AUTH_HEADER: 'Host',
      ONEINBOX_API_KEY: FAKE_KEY,
    });
    expect(code).toBe(1);
    expect(output).toMatch(/is a standard request header/);
  });

  it('refuses to start with a trusted-proxy list that is not addresses', async () => {
    const { code, output } = await exitWithin({
      CONSOLE_AUTH: 'header',
      CONSOLE_TRUSTED_PROXIES: 'sso.internal',
    });
    expect(code).toBe(1);
    expect(output).toMatch(/CONSOLE_TRUSTED_PROXIES=\\"sso.internal\\" is not a list of addresses/);
  });
});
