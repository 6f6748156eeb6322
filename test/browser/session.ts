/**
 * The one setup for browser specs: a Chromium (test/harness/chromium.ts, with the flags that
 * keep it off the network) and the console server, started before a spec's tests (or a
 * describe's) and stopped after. Read the fields inside tests, once `before` has run.
 *
 *   browserSession()                          the production server in demo mode
 *   browserSession({ fakeApi: true })         live mode, proxying to the one fake API
 *   browserSession({ fakeApi: (api) => ... }) the same, with overrides put in first
 *   browserSession({ stack: true })           the bench's stack: a copy of the build + floor page
 *   browserSession({ server: false })         Chromium only (the spec starts its own server)
 */
import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../harness/chromium.ts';
import { startConsoleServer, type RunningServer } from '../harness/consoleProcess.ts';
import { startFakeApi, type FakeApi } from '../harness/fakeApi/server.ts';
import { builtDist, startStack, type Stack } from '../harness/stack.ts';

export interface SessionOptions {
  /** The console server's environment on top of the defaults. */
  env?: Record<string, string>;
  fakeApi?: boolean | ((api: FakeApi) => void);
  stack?: boolean;
  server?: boolean;
  /**
   * Runs once everything is up, inside the same hook. A spec's own `before` cannot wait for the
   * session: Node 20 runs a file's top-level `before` hooks concurrently.
   */
  ready?: (session: Session) => Promise<void> | void;
}

export interface Session {
  browser: Browser;
  server: RunningServer;
  /** Set with `fakeApi` or `stack`. */
  api: FakeApi;
  /** Set with `stack`. */
  stack: Stack;
}

export function browserSession(options: SessionOptions = {}): Session {
  const session = {} as Session;
  before(async () => {
    if (options.stack) {
      session.stack = await startStack(builtDist());
      session.api = session.stack.api;
      session.server = session.stack.server;
    } else if (options.fakeApi) {
      session.api = await startFakeApi();
      if (typeof options.fakeApi === 'function') options.fakeApi(session.api);
      session.server = await startConsoleServer({
        ONEINBOX_API_KEY: `oi_sk_browser_${randomBytes(16).toString('hex')}`,
        ...options.env,
        ONEINBOX_API_URL: session.api.url,
      });
      session.api.setRecordingBase(session.server.url);
    } else if (options.server !== false) {
      session.server = await startConsoleServer(options.env);
    }
    session.browser = await launchChromium();
    await options.ready?.(session);
  });
  after(async () => {
    await session.browser?.close();
    if (session.stack) return session.stack.stop();
    await session.server?.stop();
    await session.api?.close();
  });
  return session;
}
