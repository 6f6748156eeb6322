// @vitest-environment node
// Hole 8 of issue 12: basic auth. 50 failures from one IP locked out everyone behind it;
// CONSOLE_TRUST_PROXY=true let any client pick its IP for the limits and the audit; and the
// dummy hash's fixed cost told unknown names from users with costlier hashes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { FAKE_KEY, raw, startProcess, stop, tempDir } from './support/consoleServer.ts';
import { setupFakeUpstream, setupServersPerTest } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const servers = setupServersPerTest(upstream);

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

function usersFile(lines: string): string {
  const file = path.join(tempDir(), 'users');
  writeFileSync(file, lines);
  return file;
}

describe('hole 8: failed sign-ins are limited per IP and name', () => {
  it('never refuses a correct password because of someone else’s failures behind the same IP', async () => {
    const server = await servers.inProcess({
      CONSOLE_AUTH: 'basic',
      CONSOLE_USERS_FILE: usersFile(
        `ada:${bcrypt.hashSync('s3cret', 4)}\ngrace:${bcrypt.hashSync('hopper', 4)}\n`,
      ),
    });
    const as = (user: string, password: string) =>
      raw(server.url, 'GET', '/console/config', { Authorization: basic(user, password) });
    // Someone behind the same address guesses grace's password, and a made-up name's, 50 times.
    for (let i = 0; i < 50; i++) {
      expect((await as('grace', `guess${i}`)).status).toBe(401);
      expect((await as('nobody', `guess${i}`)).status).toBe(401);
    }
    expect((await as('grace', 'guess-51')).status).toBe(429);
    // Ada, from the same address, still signs in.
    const ada = await as('ada', 's3cret');
    expect(ada.status).toBe(200);
    expect(JSON.parse(ada.body).user).toBe('ada');
  });
});

describe('hole 8: CONSOLE_TRUST_PROXY', () => {
  it('refuses to start with "true"', async () => {
    const started = await startProcess(
      { CONSOLE_TRUST_PROXY: 'true', ONEINBOX_API_KEY: FAKE_KEY },
      { wait: false },
    );
    const timer = new Promise<'running'>((r) => setTimeout(() => r('running'), 8_000));
    const code = await Promise.race([started.exited, timer]);
    if (code === 'running') started.child.kill('SIGKILL');
    expect(code).toBe(1);
    expect(started.output()).toMatch(/CONSOLE_TRUST_PROXY=true would believe any X-Forwarded-For/);
  });

  it('believes X-Forwarded-For only from the listed proxies (the audit sees the real peer)', async () => {
    const server = await servers.inProcess({ CONSOLE_TRUST_PROXY: '10.0.0.1' });
    const file = server.audit!.path;
    expect((await stop(server.url, 'c1', { 'X-Forwarded-For': '203.0.113.9' })).status).toBe(200);
    const ips = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { ip: string }).ip);
    expect(ips).toEqual(['127.0.0.1', '127.0.0.1']);
  });
});

describe('hole 8: the dummy hash', () => {
  it('costs as much as the costliest real hash, so timing does not reveal names', async () => {
    // Cost 12 is four times cost 10 (the old fixed dummy): a clear gap, even on a busy machine.
    const server = await servers.inProcess({
      CONSOLE_AUTH: 'basic',
      CONSOLE_USERS_FILE: usersFile(`ada:${bcrypt.hashSync('s3cret', 12)}\n`),
    });
    const timed = async (user: string) => {
      const started = performance.now();
      const res = await raw(server.url, 'GET', '/console/config', {
        Authorization: basic(user, 'wrong'),
      });
      expect(res.status).toBe(401);
      return performance.now() - started;
    };
    await timed('nobody'); // the dummy hash is made in the background at start
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await timed('ada'));
      unknown.push(await timed(`nobody${i}`));
    }
    expect(median(unknown) / median(known)).toBeGreaterThan(0.6);
  }, 30_000);
});
