import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isApiError } from '../../src/api/errors';
import { parseCall } from '../../src/api/parse';
import type { Call } from '../../src/api/schema';
import { statusLabel } from '../../src/api/callStatus';
import { renderApp, routedApp } from '../unit/support/render';
import { testServer } from '../unit/support/server';
import { miswiredCall, notACall, validCall } from './arbitraries';
import { FUZZ_SEED, MIN_RUNS, RUNS, TIME_LIMIT_MS } from './fuzzConfig';
import { hitsOpenBug } from './knownBugs';
import { exerciseNormalisers } from './normalisers';
import { callUrl, escapedText, renderCallToString, seededClient } from './renderCall';
import { reportFailure } from './reportFailure';

/**
 * Property tests: the call page survives any payload. Four layers, cheapest first:
 * 1. 10,000 payloads through parseCall and every pure normaliser;
 * 2. thousands rendered to a string through the real routes (every component renders);
 * 3. a subset fully rendered in jsdom (effects, the lazy latency chunk, error boundaries);
 * 4. payloads that are not calls, served over MSW through the real client and error path.
 */

/** console.error is how React and React Router report caught render errors: any call fails. */
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
  // Recharts warns about zero-size containers in jsdom (no layout); that is not a failure.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** "not wrapped in act(...)" is a test-harness notice about async updates, not a page error. */
const HARNESS_NOTICE = /not wrapped in act\(/;

/** Fails with what was logged, so the report names the error rather than an empty diff. */
function expectNoConsoleErrors(): void {
  const text = consoleErrors
    .map((args) => args.map(String).join(' '))
    .filter((line) => !HARNESS_NOTICE.test(line))
    .join('\n');
  consoleErrors = [];
  if (text) throw new Error(`console.error during render: ${text.slice(0, 1_500)}`);
}

function params<T>(seedOffset: number, numRuns: number, timeMs: number): fc.Parameters<[T]> {
  return {
    seed: FUZZ_SEED + seedOffset,
    numRuns,
    interruptAfterTimeLimit: timeMs,
    // A run cut short by the cap is checked against MIN_RUNS below instead of passing quietly.
    markInterruptAsFailure: false,
    // Shrinking megabyte payloads takes minutes; the seed and path reproduce the failure.
    endOnFailure: true,
    reporter: reportFailure,
  };
}

/** How many payloads a property checked, for the CI log (console.info is not intercepted). */
function logRuns(name: string, runs: number, started: number) {
  console.info(
    `fuzz ${name}: ${runs} payloads in ${Math.round(performance.now() - started)} ms (seed ${FUZZ_SEED})`,
  );
}

/**
 * One property as a test, under its seed offset, run count and time cap. `counted` marks a payload
 * as checked; the test fails if fewer than MIN_RUNS were checked before the cap.
 */
function fuzzTest<T>(
  title: string,
  kind: 'parse' | 'light' | 'dom' | 'served',
  seedOffset: number,
  property: (counted: () => void) => fc.IRawProperty<[T]>,
) {
  it(
    title,
    async () => {
      let runs = 0;
      const started = performance.now();
      await fc.assert(
        property(() => {
          runs += 1;
        }),
        params<T>(seedOffset, RUNS[kind], TIME_LIMIT_MS[kind]),
      );
      logRuns(kind, runs, started);
      expect(runs, `only ${runs} payloads ran before the time cap`).toBeGreaterThanOrEqual(
        MIN_RUNS[kind],
      );
    },
    TIME_LIMIT_MS[kind] + 30_000,
  );
}

/** What the page must show for a call: its id and its status. */
function expectIdAndStatus(shown: string, call: Call, asHtml = false) {
  const form = asHtml ? escapedText : (s: string) => s;
  // A plain boolean keeps a failure message short; the reporter adds the payload's start.
  expect(shown.includes(form(call.id)), 'the call id is shown').toBe(true);
  expect(shown.includes(form(statusLabel(call.status))), 'the call status is shown').toBe(true);
}

type Tagged = { kind: 'valid' | 'miswired'; raw: Record<string, unknown> };
const callPayload: fc.Arbitrary<Tagged> = fc.oneof(
  { weight: 2, arbitrary: validCall.map((raw) => ({ kind: 'valid' as const, raw })) },
  { weight: 1, arbitrary: miswiredCall.map((raw) => ({ kind: 'miswired' as const, raw })) },
);

/** Parses a call payload and checks what parsing promises for its kind. */
function parseChecked({ kind, raw }: Tagged): Call {
  const call = parseCall(raw);
  expect(call.id).toBe(raw.id);
  if (kind === 'valid') {
    expect(call.schemaIssues).toEqual([]);
    expect(call.status).toBe(raw.status);
  }
  return call;
}

describe(`call page fuzz (seed ${FUZZ_SEED})`, () => {
  beforeAll(async () => {
    // Load the lazy chunks once (pages, latency), so later renders include them synchronously.
    await Promise.all([
      import('../../src/pages/CallPage'),
      import('../../src/pages/CallsPage'),
      import('../../src/components/call-page/latency/LatencySection'),
    ]);
  }, 60_000);

  fuzzTest(
    `parses and normalises ${RUNS.parse} payloads: valid, miswired and not calls at all`,
    'parse',
    0,
    (counted) => {
      const payload = fc.oneof(
        { weight: 9, arbitrary: callPayload },
        { weight: 1, arbitrary: notACall.map((raw) => ({ kind: 'not-a-call' as const, raw })) },
      );
      return fc.property(payload, (tagged) => {
        // Counted once checked: payloads skipped by fc.pre (known open bugs) do not count.
        if (tagged.kind === 'not-a-call') {
          counted();
          let thrown: unknown = null;
          try {
            parseCall(tagged.raw);
          } catch (error) {
            thrown = error;
          }
          expect(isApiError(thrown) && thrown.kind === 'bad_response').toBe(true);
          return;
        }
        fc.pre(!hitsOpenBug(tagged.raw));
        counted();
        exerciseNormalisers(parseChecked(tagged));
      });
    },
  );

  fuzzTest(
    `renders ${RUNS.light} payloads through the real routes without an error`,
    'light',
    1,
    (counted) =>
      fc.asyncProperty(callPayload, async (tagged) => {
        fc.pre(!hitsOpenBug(tagged.raw));
        counted();
        const call = parseChecked(tagged);
        const { page, deferred } = await renderCallToString(call);
        expectNoConsoleErrors();
        // The deferred parts did render: the raw call (always an object) as a JSON tree.
        expect(deferred).toContain('aria-label="JSON"');
        // The page itself shows the id and status (not just the raw JSON tree rendered after).
        expectIdAndStatus(page, call, true);
      }),
  );

  fuzzTest(
    `fully renders ${RUNS.dom} payloads in the DOM, effects and lazy charts included`,
    'dom',
    2,
    (counted) =>
      fc.asyncProperty(callPayload, async (tagged) => {
        fc.pre(!hitsOpenBug(tagged.raw, 'dom'));
        counted();
        const call = parseChecked(tagged);
        // An agent_id of "." or ".." makes fetch normalise /v1/agents/. to /v1/agents/ (or
        // /v1/); the console server answers 404 there, so the test does too.
        testServer.use(
          http.get('/v1/agents/', () =>
            HttpResponse.json({ detail: 'Not found' }, { status: 404 }),
          ),
          http.get('/v1/', () => HttpResponse.json({ detail: 'Not found' }, { status: 404 })),
        );
        const client = seededClient(call);
        const view = render(
          <QueryClientProvider client={client}>
            {routedApp(callUrl(call.id)).element}
          </QueryClientProvider>,
        );
        try {
          const article = await screen
            .findByRole('article', { name: 'Call' }, { timeout: 10_000 })
            .catch(() => {
              throw new Error(
                `No call article; the page shows: ${document.body.textContent?.slice(0, 600)}`,
              );
            });
          // The sections the page mounts after its first paint (charts, transcript, raw
          // JSON, player, live controls), then every closed panel opened, so their contents
          // render too.
          for (const name of ['Latency', 'Transcript', 'Raw data']) {
            await screen.findByRole('region', { name }, { timeout: 5_000 });
          }
          for (const summary of article.querySelectorAll('summary')) {
            act(() => summary.click());
          }
          await waitFor(() => expect(screen.queryByText('Loading…')).not.toBeInTheDocument());
          expectNoConsoleErrors();
          expect(
            screen.queryByRole('heading', { name: 'Something went wrong' }),
          ).not.toBeInTheDocument();
          expectIdAndStatus(article.textContent ?? '', call);
        } finally {
          view.unmount();
          client.clear();
          testServer.resetHandlers();
        }
      }),
  );

  fuzzTest(
    `shows a clear error for ${RUNS.served} served payloads that are not calls`,
    'served',
    3,
    (counted) =>
      fc.asyncProperty(notACall, async (raw) => {
        counted();
        testServer.use(http.get('/v1/calls/:callId', () => HttpResponse.json(raw as never)));
        const view = renderApp('/calls/5f0c1d2e-3a4b-4c5d-8e6f-0000000000ff');
        try {
          const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
          expect(
            within(alert).getByRole('heading', { name: /The API sent something unexpected/ }),
          ).toBeInTheDocument();
          expectNoConsoleErrors();
        } finally {
          view.unmount();
          testServer.resetHandlers();
        }
      }),
  );
});
