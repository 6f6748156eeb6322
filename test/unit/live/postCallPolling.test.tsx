import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { testServer } from '../support/server';
import { confirmStop, freshDemo, useFakeClock } from './liveHarness';

const LIVE = DEMO_CALL_IDS.live;
const getsOf = (gets: string[]) => gets.filter((g) => g === LIVE).length;

afterEach(() => {
  vi.useRealTimers();
});

/**
 * An API whose post-call job writes only some fields (analysis off for this agent, no
 * recording, or a recording and nothing else), `afterMs` after the stop.
 */
function partialPostCall(fields: Record<string, unknown>, afterMs = 2_500) {
  const { db, requests } = freshDemo();
  let stoppedAt: number | null = null;
  const current = () => {
    const call = db.getCall(LIVE)!;
    if (stoppedAt === null) return call;
    const written = Date.now() - stoppedAt >= afterMs;
    return {
      ...call,
      status: 'completed',
      end_reason: 'api_stop',
      ended_at: new Date(stoppedAt).toISOString(),
      messages: [],
      transcript: null,
      ai_summary: null,
      analysis: null,
      recording_url: null,
      ...(written ? fields : {}),
    };
  };
  testServer.use(
    http.get(`/v1/calls/${LIVE}`, () => HttpResponse.json(current())),
    http.post(`/v1/calls/${LIVE}/stop`, () => {
      stoppedAt = Date.now();
      return HttpResponse.json(current());
    }),
  );
  return requests;
}

async function stop(user: ReturnType<typeof useFakeClock>) {
  await confirmStop(user);
  await screen.findByText('Call stopped.');
}

describe('post-call polling', () => {
  it('reads once more after the first post-call field arrives, then stops', async () => {
    const user = useFakeClock();
    // Analysis is switched off for this agent and it does not record: it never comes.
    const requests = partialPostCall({
      messages: [{ role: 'agent', content: 'Hello' }],
      ai_summary: 'Short call.',
    });
    renderApp(`/calls/${LIVE}`);
    await stop(user);
    expect(screen.getByText('Waiting for the post-call summary…')).toBeInTheDocument();

    // Polls at 2 s (nothing yet) and 4 s (messages and summary), then one more at 6 s.
    await vi.advanceTimersByTimeAsync(4_100);
    expect(
      await screen.findByText(
        'Post-call data arriving (1 message and summary); checking once more…',
      ),
    ).toBeInTheDocument();
    const atArrival = getsOf(requests.gets);
    await vi.advanceTimersByTimeAsync(2_100);
    expect(
      await screen.findByText('Post-call data arrived: 1 message and summary.'),
    ).toBeInTheDocument();
    expect(getsOf(requests.gets)).toBe(atArrival + 1);

    // Not 30 s of waiting for an analysis that is not coming.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(getsOf(requests.gets)).toBe(atArrival + 1);
    expect(screen.queryByText(/did not arrive/)).not.toBeInTheDocument();
  });

  it('counts a recording on its own as post-call data', async () => {
    const user = useFakeClock();
    const requests = partialPostCall({ recording_url: 'https://recordings.example.test/a.ogg' });
    renderApp(`/calls/${LIVE}`);
    await stop(user);
    await vi.advanceTimersByTimeAsync(6_100);
    expect(await screen.findByText('Post-call data arrived: recording.')).toBeInTheDocument();
    const done = getsOf(requests.gets);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(getsOf(requests.gets)).toBe(done);
  });

  it('has the summary and recording sections say they are waiting, not that there is none', async () => {
    const user = useFakeClock();
    partialPostCall({ messages: [{ role: 'agent', content: 'Hello' }], ai_summary: 'Short call.' });
    renderApp(`/calls/${LIVE}`);
    await stop(user);
    const summary = screen.getByRole('region', { name: 'Summary' });
    const recording = screen.getByRole('region', { name: 'Recording' });
    expect(summary).toHaveTextContent('Not written yet: the API writes the summary');
    expect(summary).not.toHaveTextContent('No summary');
    expect(recording).toHaveTextContent('Not here yet');
    expect(recording).not.toHaveTextContent('No recording.');

    await vi.advanceTimersByTimeAsync(6_100);
    await screen.findByText('Post-call data arrived: 1 message and summary.');
    expect(summary).toHaveTextContent('Short call.');
    // The wait is over: now "no recording" is what the API says.
    expect(recording).toHaveTextContent('No recording.');
  });
});
