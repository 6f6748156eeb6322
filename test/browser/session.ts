import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startConsoleServer, type RunningServer } from './servers.ts';

/**
 * The console server (demo mode) and a Chromium for one spec file: started before its tests,
 * stopped after. Read `server` and `browser` inside tests, once `before` has run.
 */
export function consoleSession(env: Record<string, string> = {}) {
  const session = {} as { server: RunningServer; browser: Browser };
  before(async () => {
    session.server = await startConsoleServer(env);
    session.browser = await launchChromium();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
