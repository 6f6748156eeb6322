import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { testDb, testServer } from './unit/support/server';

// Lazy sections resolve after their chunk loads; on a busy 2-core box that can take longer than
// findBy's 1 s default, which made findBy on them flaky.
configure({ asyncUtilTimeout: 3000 });

// jsdom has no layout and logs "not implemented" for scrolling; scrolling is checked in the
// browser tests (test/browser/list.spec.ts).
window.scrollTo = () => undefined;

beforeAll(() => {
  // Each file starts from the demo data as generated, whatever earlier files stopped or read.
  testDb.reset();
  // jsdom resolves relative fetch URLs against this origin, the same as the browser does.
  testServer.listen({ onUnhandledRequest: 'error' });
});
// Test files share one jsdom per worker (isolate: false in vitest.config.ts), so each test
// leaves the document, clock and storage as it found them.
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  document.documentElement.className = '';
  vi.useRealTimers();
  vi.restoreAllMocks();
  testServer.resetHandlers();
  localStorage.clear();
  sessionStorage.clear();
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]!.trim();
    if (name) document.cookie = `${name}=; max-age=0; path=/`;
  }
});
afterAll(() => testServer.close());
