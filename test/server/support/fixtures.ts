import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  startInProcess,
  startProcess,
  type ChildServer,
  type InProcessServer,
} from './consoleServer.ts';
import { startFakeUpstream, type FakeUpstream } from './fakeUpstream.ts';

/*
 * Each fixture returns its object at once, for the test file's top level, and fills it in when
 * the hook runs (Object.assign keeps the object's identity; its methods are closures).
 */

/** A fake API for the whole file. After each test its log is cleared and its default answers
 * restored. */
export function setupFakeUpstream(): FakeUpstream {
  const upstream = {} as FakeUpstream;
  beforeAll(async () => {
    Object.assign(upstream, await startFakeUpstream());
  });
  afterAll(() => upstream.close());
  afterEach(() => {
    upstream.seen.length = 0;
    upstream.handle(null);
  });
  return upstream;
}

/** The production app in this process for the whole file; `env` is read when it starts. */
export function setupInProcessServer(
  env: () => Record<string, string>,
  options?: Parameters<typeof startInProcess>[1],
): InProcessServer {
  const server = {} as InProcessServer;
  beforeAll(async () => {
    Object.assign(server, await startInProcess(env(), options));
  });
  afterAll(() => server.close());
  return server;
}

/** Servers a test starts for itself: closed, or killed, after it. In-process servers talk to
 * `upstream` when one is given (an `env` naming another API wins). */
export function setupServersPerTest(upstream?: FakeUpstream) {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const inProcess = async (
    env: Record<string, string> = {},
    options?: Parameters<typeof startInProcess>[1],
  ): Promise<InProcessServer> => {
    const server = await startInProcess(
      upstream ? { ONEINBOX_API_URL: upstream.url, ...env } : env,
      options,
    );
    cleanups.push(() => server.close());
    return server;
  };
  return {
    /** An in-process server; unless `env` names one, its audit log is a fresh temporary file
     * (`server.audit.path`). */
    inProcess,
    async process(...args: Parameters<typeof startProcess>): Promise<ChildServer> {
      const child = await startProcess(...args);
      cleanups.push(() => {
        if (child.child.exitCode === null) child.child.kill('SIGKILL');
      });
      return child;
    },
  };
}
