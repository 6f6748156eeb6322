// @vitest-environment node
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, readServerConfig } from '../../server/config.ts';
import { configProblems } from '../../server/configProblems.ts';
import { raw, startProcess, tempDir } from './support/consoleServer.ts';
import { setupFakeUpstream, setupServersPerTest } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const servers = setupServersPerTest(upstream);

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('CONSOLE_AUTH=header', () => {
  it('refuses requests without the identity header and shows the user from it', async () => {
    const server = await servers.inProcess({
      CONSOLE_AUTH: 'header',
      CONSOLE_AUTH_HEADER: 'X-Auth-Request-Email',
    });
    const anonymous = await raw(server.url, 'GET', '/console/config');
    expect(anonymous.status).toBe(401);
    const page = await raw(server.url, 'GET', '/calls', { Accept: 'text/html' });
    expect(page.status).toBe(401);
    const proxied = await raw(server.url, 'GET', '/v1/calls/abc');
    expect(proxied.status).toBe(401);
    expect(upstream.seen).toEqual([]);

    // The default header name is not trusted when another one is configured.
    const wrongHeader = await raw(server.url, 'GET', '/console/config', {
      'X-Forwarded-User': 'mallory',
    });
    expect(wrongHeader.status).toBe(401);

    const signedIn = await raw(server.url, 'GET', '/console/config', {
      'X-Auth-Request-Email': 'ada@example.com',
    });
    expect(signedIn.status).toBe(200);
    expect(JSON.parse(signedIn.body)).toMatchObject({ mode: 'live', user: 'ada@example.com' });
  });

  it('keeps /healthz open for liveness probes', async () => {
    const server = await servers.inProcess({ CONSOLE_AUTH: 'header' });
    const res = await raw(server.url, 'GET', '/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true });
  });
});

describe('CONSOLE_AUTH=basic', () => {
  it('checks users against a file of bcrypt hashes', async () => {
    const dir = tempDir();
    const usersFile = path.join(dir, 'users');
    // htpasswd -B writes $2y$ hashes; both prefixes must work.
    const grace = bcrypt.hashSync('correct horse', 4).replace(/^\$2b\$/, '$2y$');
    writeFileSync(
      usersFile,
      `# support team\nada:${bcrypt.hashSync('s3cret', 4)}\ngrace:${grace}\n`,
    );
    const server = await servers.inProcess({
      CONSOLE_AUTH: 'basic',
      CONSOLE_USERS_FILE: usersFile,
    });

    const none = await raw(server.url, 'GET', '/console/config');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Basic realm=/);
    expect(
      (await raw(server.url, 'GET', '/console/config', { Authorization: basic('ada', 'nope') }))
        .status,
    ).toBe(401);
    expect(
      (await raw(server.url, 'GET', '/console/config', { Authorization: basic('eve', 's3cret') }))
        .status,
    ).toBe(401);

    for (const [user, password] of [
      ['ada', 's3cret'],
      ['grace', 'correct horse'],
    ] as const) {
      const ok = await raw(server.url, 'GET', '/console/config', {
        Authorization: basic(user, password),
      });
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body).user).toBe(user);
    }

    // The console's Basic credentials are not forwarded: the API gets only the key.
    const proxied = await raw(server.url, 'GET', '/v1/calls/abc', {
      Authorization: basic('ada', 's3cret'),
    });
    expect(proxied.status).toBe(200);
    expect(upstream.seen[0]!.headers.authorization).toMatch(/^Bearer oi_sk_test_/);
  });

  it('slows password guessing per client, as seen through a trusted reverse proxy', async () => {
    const usersFile = path.join(tempDir(), 'users');
    writeFileSync(usersFile, `ada:${bcrypt.hashSync('s3cret', 4)}\n`);
    const server = await servers.inProcess({
      CONSOLE_AUTH: 'basic',
      CONSOLE_USERS_FILE: usersFile,
      CONSOLE_TRUST_PROXY: 'loopback',
    });
    const from = (ip: string, password: string) =>
      raw(server.url, 'GET', '/console/config', {
        Authorization: basic('ada', password),
        'X-Forwarded-For': ip,
      });
    for (let i = 0; i < 50; i++) expect((await from('203.0.113.7', `guess${i}`)).status).toBe(401);
    const blocked = await from('203.0.113.7', 's3cret');
    expect(blocked.status).toBe(429);
    expect(JSON.parse(blocked.body).detail).toMatch(/Too many failed sign-ins/);
    // Another client behind the same proxy is not locked out.
    expect((await from('198.51.100.2', 's3cret')).status).toBe(200);
  });

  it('rejects a users file that is not user:bcrypt-hash', async () => {
    const usersFile = path.join(tempDir(), 'users');
    writeFileSync(usersFile, 'ada:plaintext-password\n');
    await expect(
      servers.inProcess({ CONSOLE_AUTH: 'basic', CONSOLE_USERS_FILE: usersFile }),
    ).rejects.toThrow(/expected "user:bcrypt-hash"/);
  });
});

describe('the identity header (issue 12, hole 6)', () => {
  it('refuses every standard request header as the identity header', () => {
    const problems = (header: string) =>
      configProblems(readServerConfig({ CONSOLE_AUTH: 'header', CONSOLE_AUTH_HEADER: header }));
    for (const header of [
      'Host',
      'Origin',
      'Cookie',
      'Authorization',
      'Proxy-Authorization',
      'Content-Type',
      'Content-Length',
      'Accept-Language',
      'User-Agent',
      'Referer',
      'From',
      'X-Forwarded-For',
      'Forwarded',
      'Sec-Fetch-Site',
    ]) {
      expect(problems(header), header).toEqual([expect.stringMatching(/standard request header/)]);
    }
    for (const header of ['X-Forwarded-User', 'X-Forwarded-Email', 'X-Auth-Request-Email']) {
      expect(problems(header), header).toEqual([]);
    }
  });
});

describe('binding to a non-loopback address', () => {
  it('is refused without an auth mode, and the reason is printed', async () => {
    const started = await startProcess({ HOST: '0.0.0.0' }, { wait: false });
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/Refusing to listen on 0\.0\.0\.0 without access control/);
    expect(started.output()).toMatch(/CONSOLE_AUTH=header/);
  });

  it('is refused for an unknown auth mode', async () => {
    const started = await startProcess({ CONSOLE_AUTH: 'sso' }, { wait: false });
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/CONSOLE_AUTH=\\"sso\\" is not a known mode/);
  });

  it('is allowed with an auth mode; loopback needs none', () => {
    const env = (extra: Record<string, string>) => readServerConfig({ ...extra });
    expect(
      configProblems(
        env({ HOST: '0.0.0.0', CONSOLE_AUTH: 'header', CONSOLE_TRUSTED_PROXIES: '10.0.0.0/8' }),
      ),
    ).toEqual([]);
    expect(
      configProblems(env({ HOST: '::', CONSOLE_AUTH: 'basic', CONSOLE_USERS_FILE: '/x' })),
    ).toEqual([]);
    expect(configProblems(env({ HOST: '::' }))).toHaveLength(1);
    expect(configProblems(env({ HOST: '192.168.1.5' }))).toHaveLength(1);
    expect(configProblems(env({ HOST: '0.0.0.0', CONSOLE_AUTH: 'basic' }))).toEqual([
      expect.stringMatching(/needs CONSOLE_USERS_FILE/),
    ]);
    expect(configProblems(env({}))).toEqual([]);
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost', '[::1]'].every(isLoopbackHost)).toBe(
      true,
    );
    expect(
      ['0.0.0.0', '::', '10.0.0.1', 'example.com', '::ffff:10.0.0.1'].some(isLoopbackHost),
    ).toBe(false);
  });
});
