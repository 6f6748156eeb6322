import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { testServer } from '../support/server';
import { freshDemo, restoreTabVisibility, setTabHidden, useFakeClock } from './liveHarness';

const LIVE = DEMO_CALL_IDS.live;

afterEach(() => {
  restoreTabVisibility();
  vi.useRealTimers();
});

const getsOf = (gets: string[], id: string) => gets.filter((g) => g === id).length;

describe('live call polling', () => {
  it('refetches a live call every 2 s and says so, with when it was last updated', async () => {
    useFakeClock();
    const { requests } = freshDemo();
    renderApp(`/calls/${LIVE}`);
    expect(await screen.findByText('Auto-refreshing every 2 s')).toBeInTheDocument();
    expect(screen.getByText('just now')).toBeInTheDocument();
    const first = getsOf(requests.gets, LIVE);

    await vi.advanceTimersByTimeAsync(10_000);
    // Five 2 s ticks; the page's two observers of the one query share its fetches.
    expect(getsOf(requests.gets, LIVE) - first).toBeGreaterThanOrEqual(4);
    expect(getsOf(requests.gets, LIVE) - first).toBeLessThanOrEqual(6);
  });

  it('does not poll an ended call that has its post-call data', async () => {
    useFakeClock();
    const { requests } = freshDemo();
    renderApp(`/calls/${DEMO_CALL_IDS.booked}`);
    await screen.findByText(/This call has already ended/);
    expect(screen.queryByText('Auto-refreshing every 2 s')).not.toBeInTheDocument();
    const first = getsOf(requests.gets, DEMO_CALL_IDS.booked);
    await vi.advanceTimersByTimeAsync(12_000);
    expect(getsOf(requests.gets, DEMO_CALL_IDS.booked)).toBe(first);
  });

  it('stops waiting for post-call data about 30 s after the call ended', async () => {
    const user = useFakeClock();
    const { db, requests } = freshDemo();
    // An API that never writes post-call data for this call.
    let stopped = false;
    const current = () => {
      const call = db.getCall(LIVE)!;
      if (!stopped) return call;
      return {
        ...call,
        status: 'completed',
        end_reason: 'api_stop',
        ended_at: new Date().toISOString(),
        messages: [],
        transcript: null,
        ai_summary: null,
        analysis: null,
      };
    };
    testServer.use(
      http.get(`/v1/calls/${LIVE}`, () => HttpResponse.json(current())),
      http.post(`/v1/calls/${LIVE}/stop`, () => {
        stopped = true;
        return HttpResponse.json(current());
      }),
    );
    renderApp(`/calls/${LIVE}`);
    await user.click(await screen.findByRole('button', { name: 'Stop call' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Stop call' }));
    await screen.findByText('Call stopped.');
    expect(screen.getByText('Waiting for the post-call summary…')).toBeInTheDocument();

    const atStop = getsOf(requests.gets, LIVE);
    await vi.advanceTimersByTimeAsync(20_000);
    // Still waiting, every 2 s.
    expect(getsOf(requests.gets, LIVE) - atStop).toBeGreaterThanOrEqual(9);
    expect(screen.getByText('Waiting for the post-call summary…')).toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(12_000);
    expect(
      await screen.findByText(
        /Post-call data did not arrive within 30 s \(still missing: messages, summary, analysis\)/,
      ),
    ).toBeInTheDocument();
    const atGiveUp = getsOf(requests.gets, LIVE);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(getsOf(requests.gets, LIVE)).toBe(atGiveUp);

    // The user can still look once more by hand.
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(getsOf(requests.gets, LIVE)).toBe(atGiveUp + 1));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(getsOf(requests.gets, LIVE)).toBe(atGiveUp + 1);
  }, 40_000); // about 60 s of fake time, with a poll every 2 s

  it('pauses while the tab is hidden and catches up when it is shown again', async () => {
    useFakeClock();
    const { requests } = freshDemo();
    renderApp(`/calls/${LIVE}`);
    await screen.findByText('Auto-refreshing every 2 s');
    await vi.advanceTimersByTimeAsync(4_100);
    const beforeHide = getsOf(requests.gets, LIVE);
    expect(beforeHide).toBeGreaterThanOrEqual(3);

    setTabHidden(true);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(getsOf(requests.gets, LIVE)).toBe(beforeHide);

    setTabHidden(false);
    // Back in view: refetched at once (focus refetch), then every 2 s again.
    await waitFor(() => expect(getsOf(requests.gets, LIVE)).toBe(beforeHide + 1));
    await vi.advanceTimersByTimeAsync(4_100);
    expect(getsOf(requests.gets, LIVE)).toBeGreaterThanOrEqual(beforeHide + 3);
  });

  it('keeps the data and warns that it may be stale when a poll fails, then recovers', async () => {
    useFakeClock();
    freshDemo();
    renderApp(`/calls/${LIVE}`);
    const heading = await screen.findByRole('heading', { level: 1 });
    const parties = heading.textContent;

    testServer.use(
      http.get('/v1/calls/:callId', () =>
        HttpResponse.json({ detail: 'Upstream API timed out' }, { status: 504 }),
      ),
    );
    await vi.advanceTimersByTimeAsync(2_100);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This view may be stale.');
    expect(alert).toHaveTextContent('Upstream API timed out');
    // Nothing on screen was lost.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(parties!);
    expect(screen.getByRole('button', { name: 'Stop call' })).toBeInTheDocument();

    testServer.resetHandlers();
    freshDemo();
    await vi.advanceTimersByTimeAsync(2_100);
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
