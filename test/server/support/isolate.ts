import { beforeAll } from 'vitest';
import { testServer } from '../../unit/support/server';

/**
 * test/setup.ts (shared with the UI tests) starts MSW, which would intercept this process's
 * real HTTP to the fake upstream, and clears localStorage, which Node 20 lacks. Server tests
 * talk real HTTP over loopback, so undo both.
 */
const globals = globalThis as { localStorage?: unknown };
globals.localStorage ??= { clear: () => undefined };
beforeAll(() => testServer.close());
