import { createTestServer } from '../../fixtures/mswServer';

/**
 * One MSW server for every unit/component test, answering with the same handlers and demo
 * generator as demo mode. Tests override single endpoints with `testServer.use(...)`.
 * The demo clock is fixed so generated data is identical on every run.
 */
export const TEST_NOW = Date.parse('2026-11-22T10:00:00Z');
const created = createTestServer({ clock: () => TEST_NOW });
export const testServer = created.server;
export const testDb = created.db;
