import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { testServer } from './unit/support/server';

// Lazy sections resolve after their chunk loads; on a busy 2-core box that can take longer than
// findBy's 1 s default, which made findBy on them flaky.
configure({ asyncUtilTimeout: 3000 });

// jsdom has no layout and logs "not implemented" for scrolling; scrolling is checked in the
// browser tests (test/browser/list.spec.ts).
window.scrollTo = () => undefined;

// jsdom resolves relative fetch URLs against this origin, the same as the browser does.
beforeAll(() => testServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  testServer.resetHandlers();
  localStorage.clear();
});
afterAll(() => testServer.close());
