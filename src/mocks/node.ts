import { setupServer } from 'msw/node';
import { createDemoDb, type DemoDbOptions } from './db';
import { createHandlers } from './handlers';

/** The demo handlers in Node, for unit and component tests. */
export function createTestServer(options: DemoDbOptions = {}) {
  const db = createDemoDb(options);
  return { server: setupServer(...createHandlers(db)), db };
}
