import { screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../unit/support/render';
import { testServer } from '../unit/support/server';
import { miswiredCall, notACall, validCall } from './arbitraries';
import { FUZZ_SEED, RUNS, TIME_LIMIT_MS } from './fuzzConfig';
import { hitsOpenBug, KNOWN_LIST_PAGE_BUGS } from './knownBugs';
import { reportFailure } from './reportFailure';

/**
 * The calls list with generated pages served over MSW: any mix of valid calls, miswired calls
 * and items that are not calls. The list must render (no error page, no console.error) and
 * show every valid call's id (as its row link).
 */
let consoleErrors: string[] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (!/not wrapped in act\(/.test(line)) consoleErrors.push(line);
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const page = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: validCall },
    { weight: 2, arbitrary: miswiredCall },
    { weight: 1, arbitrary: notACall },
  ),
  { minLength: 1, maxLength: 6 },
);

describe(`calls list fuzz (seed ${FUZZ_SEED})`, () => {
  beforeAll(async () => {
    await import('../../src/pages/CallsPage'); // a lazy route chunk, loaded once
  }, 60_000);

  it(
    `renders ${RUNS.list} generated pages of calls without an error`,
    async () => {
      let runs = 0;
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(page, async (items) => {
          fc.pre(!items.some((item) => hitsOpenBug(item, 'list')));
          fc.pre(!KNOWN_LIST_PAGE_BUGS.some((bug) => bug.hits(items)));
          runs += 1;
          testServer.use(
            http.get('/v1/calls', () =>
              HttpResponse.json({ items, total: items.length, limit: 25, offset: 0 } as never),
            ),
            http.get('/v1/agents/:id', () =>
              HttpResponse.json({ detail: 'nope' }, { status: 404 }),
            ),
          );
          const view = renderApp('/calls');
          try {
            await screen.findByRole('heading', { name: 'Calls', level: 1 }, { timeout: 10_000 });
            // Wait for the page's own answer: every loading skeleton gone (table, empty or error).
            await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), {
              timeout: 10_000,
            });
            await new Promise((r) => setTimeout(r, 0));
            if (screen.queryByRole('heading', { name: 'Something went wrong' })) {
              throw new Error(`error page: ${document.body.textContent?.slice(0, 600)}`);
            }
            if (consoleErrors.length) {
              throw new Error(`console.error: ${consoleErrors.join('\n').slice(0, 1_500)}`);
            }
          } finally {
            view.unmount();
            testServer.resetHandlers();
          }
        }),
        {
          seed: FUZZ_SEED + 10,
          numRuns: RUNS.list,
          interruptAfterTimeLimit: TIME_LIMIT_MS.list,
          markInterruptAsFailure: false,
          endOnFailure: true,
          reporter: reportFailure,
        },
      );
      console.info(
        `fuzz list: ${runs} pages in ${Math.round(performance.now() - started)} ms (seed ${FUZZ_SEED})`,
      );
      expect(runs).toBeGreaterThanOrEqual(Math.min(RUNS.list, 10));
    },
    TIME_LIMIT_MS.list + 30_000,
  );
});
