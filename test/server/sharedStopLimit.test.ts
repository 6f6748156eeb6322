// @vitest-environment node
// Hole 9 of issue 12: the stop limit lived in each process's memory, so two replicas allowed
// twice the stops. With CONSOLE_REDIS_URL the replicas share it. Runs against a real
// redis-server on loopback (Debian's redis-server; `.ci/run` installs it when missing).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { freePort } from '../harness/freePort.ts';
import { FAKE_KEY, startProcess, stop, tempDir } from './support/consoleServer.ts';
import { setupFakeUpstream, setupServersPerTest } from './support/fixtures.ts';
import { redisBinary, startRedis, type RedisServer } from './support/redisServer.ts';

const binary = redisBinary();
if (!binary) {
  console.warn(
    'sharedStopLimit.test.ts: SKIPPED, redis-server is not installed (apt-get install -y redis-server; .ci/run does it)',
  );
}

const upstream = setupFakeUpstream();
let redis: RedisServer;
const servers = setupServersPerTest();

beforeAll(async () => {
  if (binary) redis = await startRedis(binary);
});
afterAll(() => redis?.stop());

const stopsSeen = () => upstream.seen.filter((r) => r.method === 'POST').length;

async function replica(env: Record<string, string> = {}) {
  return servers.process({
    ONEINBOX_API_KEY: FAKE_KEY,
    ONEINBOX_API_URL: upstream.url,
    CONSOLE_AUDIT_LOG: path.join(tempDir(), 'audit.jsonl'),
    CONSOLE_REDIS_URL: redis.url,
    CONSOLE_STOP_RATE_LIMIT: '3',
    ...env,
  });
}

describe.skipIf(!binary)('hole 9: one stop budget across replicas', () => {
  it('two replicas on one Redis allow the limit once, not twice', async () => {
    const [a, b] = await Promise.all([replica(), replica()]);
    const statuses: number[] = [];
    for (const target of [a, b, a, b, a, b]) {
      statuses.push((await stop(target.url, `c${statuses.length}`)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    expect(stopsSeen()).toBe(3);
  });

  it('refuses a stop it cannot count when Redis goes away, saying it was not sent', async () => {
    const own = await startRedis(binary!);
    onTestFinished(() => own.stop()); // also when the test fails early; stopping twice is fine
    const a = await replica({ CONSOLE_REDIS_URL: own.url, CONSOLE_STOP_RATE_LIMIT: '100' });
    expect((await stop(a.url, 'before')).status).toBe(200);
    await own.stop();
    const res = await stop(a.url, 'after');
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).detail).toMatch(/did not send the stop/);
    expect(stopsSeen()).toBe(1);
  });

  it('refuses to start when Redis cannot be reached', async () => {
    const started = await startProcess(
      {
        ONEINBOX_API_KEY: FAKE_KEY,
        CONSOLE_AUDIT_LOG: path.join(tempDir(), 'audit.jsonl'),
        CONSOLE_REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      },
      { wait: false },
    );
    const timer = new Promise<'running'>((r) => setTimeout(() => r('running'), 15_000));
    const code = await Promise.race([started.exited, timer]);
    if (code === 'running') started.child.kill('SIGKILL');
    expect(code).toBe(1);
    expect(started.output()).toMatch(/Cannot connect to Redis at redis:\/\/127\.0\.0\.1/);
  }, 20_000);
});
