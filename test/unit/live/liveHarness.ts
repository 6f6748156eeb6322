import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { expect, onTestFinished, vi } from 'vitest';
import { createDemoDb } from '../../../src/mocks/db';
import { createHandlers } from '../../../src/mocks/handlers';
import { testServer } from '../support/server';

/**
 * A fresh demo store per test whose clock is the (faked) Date.now(), so post-call data appears
 * 2.5 s of fake time after a stop; and counters that see every request before the demo answers.
 */
export function freshDemo() {
  const db = createDemoDb({ clock: () => Date.now() });
  const requests = { stops: [] as string[], gets: [] as string[] };
  // Counted as they leave the app, whichever handler answers (overrides included).
  const count = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    const stop = /^\/v1\/calls\/([^/]+)\/stop$/.exec(path);
    const get = /^\/v1\/calls\/([^/]+)$/.exec(path);
    if (request.method === 'POST' && stop) requests.stops.push(decodeURIComponent(stop[1]!));
    if (request.method === 'GET' && get) requests.gets.push(decodeURIComponent(get[1]!));
  };
  testServer.events.on('request:start', count);
  onTestFinished(() => testServer.events.removeListener('request:start', count));
  testServer.use(...createHandlers(db));
  return { db, requests };
}

/** The stop answers only after `ms`, so the test can click while it is in flight. */
export function slowStop(ms: number) {
  testServer.use(
    http.post('/v1/calls/:callId/stop', async () => {
      await delay(ms);
    }),
  );
}

export function failingStop(status: number, detail: string, options = { once: true }) {
  testServer.use(
    http.post('/v1/calls/:callId/stop', () => HttpResponse.json({ detail }, { status }), options),
  );
}

/** Fake timers that still move with real time, so Testing Library's waitFor keeps working. */
export function useFakeClock() {
  vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse('2026-11-22T10:00:00Z') });
  return userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
}

let hidden = false;
/** jsdom's document is always visible; this flips it the way a browser does on a tab switch. */
export function setTabHidden(value: boolean) {
  hidden = value;
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  window.dispatchEvent(new Event('visibilitychange'));
}
export function restoreTabVisibility() {
  hidden = false;
  // Drop the own property; the prototype's getter ("visible") applies again.
  Reflect.deleteProperty(document, 'visibilityState');
}

/** Opens the stop dialog and confirms; returns the dialog (still open if the stop was refused). */
export async function confirmStop(user: ReturnType<typeof userEvent.setup>) {
  // The live panel and the dialog are lazy chunks: the first test in a run compiles them.
  await user.click(await screen.findByRole('button', { name: 'Stop call' }, { timeout: 5_000 }));
  const dialog = await screen.findByRole('alertdialog', {}, { timeout: 5_000 });
  // Radix has set the dialog up (focus on Cancel) before it takes pointer events.
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
  await user.click(within(dialog).getByRole('button', { name: 'Stop call' }));
  return dialog;
}
