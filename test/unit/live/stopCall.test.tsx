import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatPhone } from '../../../src/lib/format';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { testServer } from '../support/server';
import { failingStop, freshDemo, slowStop, useFakeClock } from './liveHarness';

const LIVE = DEMO_CALL_IDS.live;

afterEach(() => {
  vi.useRealTimers();
});

async function openStopDialog(user: ReturnType<typeof useFakeClock>) {
  await user.click(await screen.findByRole('button', { name: 'Stop call' }));
  return screen.findByRole('alertdialog');
}

describe('Stop call', () => {
  it('names the call in a modal alertdialog with Cancel focused; Cancel and Esc send nothing', async () => {
    const user = useFakeClock();
    const { db, requests } = freshDemo();
    const call = db.getCall(LIVE)!;
    renderApp(`/calls/${LIVE}`);

    const dialog = await openStopDialog(user);
    // Modal: Radix hides the rest of the page from assistive tech and traps focus.
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Stop this call?' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent(formatPhone(call.from_number));
    expect(dialog).toHaveTextContent(formatPhone(call.to_number));
    expect(await within(dialog).findByText('Brightsmile Dental Receptionist')).toBeInTheDocument();
    const [, m, sec] = /Elapsed(\d+):(\d\d)/.exec(dialog.textContent ?? '') ?? [];
    const expected = (Date.now() - Date.parse(call.started_at!)) / 1000;
    expect(Math.abs(Number(m) * 60 + Number(sec) - expected)).toBeLessThan(2);
    expect(dialog).toHaveTextContent(LIVE);
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus(),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    // Focus goes back to the button that opened the dialog.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stop call' })).toHaveFocus());

    await openStopDialog(user);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    // Enter on the focused Cancel button is a cancel too.
    await openStopDialog(user);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    await vi.advanceTimersByTimeAsync(3_000);
    expect(requests.stops).toEqual([]);
    expect(screen.getByRole('button', { name: 'Stop call' })).toBeInTheDocument();
  });

  it('stops the call once, then shows its post-call data arriving without a reload', async () => {
    const user = useFakeClock();
    const { requests } = freshDemo();
    renderApp(`/calls/${LIVE}`);

    const dialog = await openStopDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Stop call' }));

    // The notice (role=status) that says so takes the focus.
    const stopped = (await screen.findByText('Call stopped.')).closest('[role="status"]');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(requests.stops).toEqual([LIVE]);
    // The returned call is in the cache: the page shows it ended at once, with nothing to stop.
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(within(header).getByTitle('Status: completed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop call' })).not.toBeInTheDocument();
    await waitFor(() => expect(stopped).toHaveFocus());
    expect(screen.getByText('Waiting for the post-call summary…')).toBeInTheDocument();

    // The demo API writes messages, summary and analysis 2.5 s after the stop; polls pick them up,
    // and one more read follows before polling stops.
    const getsBefore = requests.gets.length;
    await vi.advanceTimersByTimeAsync(6_100);
    expect(
      await screen.findByText(/Post-call data arrived: \d+ messages, summary and analysis\./),
    ).toBeInTheDocument();
    expect(screen.queryByText('Waiting for the post-call summary…')).not.toBeInTheDocument();
    expect(requests.gets.length).toBeGreaterThan(getsBefore);

    // Then polling stops for good.
    const getsAfter = requests.gets.length;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(requests.gets.length).toBe(getsAfter);
    expect(requests.stops).toHaveLength(1);
  });

  it('sends exactly one request for a double click, a triple click and repeated Enter', async () => {
    const user = useFakeClock();
    const { requests } = freshDemo();
    slowStop(1_500);
    renderApp(`/calls/${LIVE}`);

    const dialog = await openStopDialog(user);
    const confirm = within(dialog).getByRole('button', { name: 'Stop call' });
    await user.dblClick(confirm);
    await user.tripleClick(confirm);
    expect(confirm).toHaveAttribute('aria-busy', 'true');
    expect(confirm).toHaveTextContent('Stopping…');
    confirm.focus();
    await user.keyboard('{Enter}{Enter}{Enter}');
    // Esc and Cancel cannot throw away the answer that is on its way.
    await user.keyboard('{Escape}');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(1_600);
    expect(await screen.findByText('Call stopped.')).toBeInTheDocument();
    expect(requests.stops).toEqual([LIVE]);
  });

  it('shows a refusal in the dialog, keeps the page, and lets the user try again', async () => {
    const user = useFakeClock();
    const { requests } = freshDemo();
    failingStop(403, 'This key may not stop calls');
    renderApp(`/calls/${LIVE}`);
    const heading = await screen.findByRole('heading', { level: 1 });

    const dialog = await openStopDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Stop call' }));
    const alert = await within(dialog).findByRole('alert');
    // The API said no: only then may the page say the call was not stopped.
    expect(alert).toHaveTextContent('The call was not stopped (HTTP 403).');
    expect(alert).toHaveTextContent('This key may not stop calls');
    // Nothing behind the dialog was lost: same call, still shown live.
    expect(heading).toBeInTheDocument();
    expect(
      within(heading.closest('header')!).getByTitle('Status: in_progress'),
    ).toBeInTheDocument();

    // The button is usable again; the second attempt reaches the demo API and succeeds.
    const confirm = within(dialog).getByRole('button', { name: 'Stop call' });
    expect(confirm).not.toHaveAttribute('aria-disabled');
    await user.click(confirm);
    expect(await screen.findByText('Call stopped.')).toBeInTheDocument();
    expect(requests.stops).toEqual([LIVE, LIVE]);
  });

  it('takes 401, 404 and 422 at their word, and starts clean when reopened', async () => {
    const user = useFakeClock();
    freshDemo();
    for (const status of [401, 404, 422]) {
      failingStop(status, `refused with ${status}`);
      renderApp(`/calls/${LIVE}`);
      const dialog = await openStopDialog(user);
      await user.click(within(dialog).getByRole('button', { name: 'Stop call' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        `The call was not stopped (HTTP ${status}).refused with ${status}`,
      );
      // Closing and reopening starts clean.
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      const again = await openStopDialog(user);
      expect(within(again).queryByRole('alert')).not.toBeInTheDocument();
      cleanup();
    }
  });

  it('says plainly when the call had already ended before the stop reached it', async () => {
    const user = useFakeClock();
    const { db } = freshDemo();
    // The agent hung up between two polls: the API's stop is a no-op and returns the ended call.
    testServer.use(
      http.post('/v1/calls/:callId/stop', ({ params }) =>
        HttpResponse.json({
          ...db.getCall(String(params.callId)),
          status: 'completed',
          end_reason: 'agent_hangup',
          ended_at: new Date().toISOString(),
        }),
      ),
    );
    renderApp(`/calls/${LIVE}`);
    const dialog = await openStopDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Stop call' }));
    expect(
      await screen.findByText(
        'This call had already ended (Agent hung up) before the stop reached it. Nothing was stopped.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop call' })).not.toBeInTheDocument();
  });

  it('never lets a poll that started before the stop bring back the live call', async () => {
    const user = useFakeClock();
    const { db, requests } = freshDemo();
    renderApp(`/calls/${LIVE}`);
    await screen.findByRole('button', { name: 'Stop call' });
    // From now on reads are slow, and answer with the call as it was when they were sent.
    testServer.use(
      http.get(`/v1/calls/${LIVE}`, async () => {
        const snapshot = db.getCall(LIVE);
        await delay(1_500);
        return HttpResponse.json(snapshot);
      }),
    );
    const dialog = await openStopDialog(user);
    const before = requests.gets.length;
    await vi.advanceTimersByTimeAsync(2_100); // a poll is now in flight with the live call
    expect(requests.gets.length).toBeGreaterThan(before);
    await user.click(within(dialog).getByRole('button', { name: 'Stop call' }));
    await screen.findByText('Call stopped.');

    await vi.advanceTimersByTimeAsync(3_000);
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(within(header).getByTitle('Status: completed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop call' })).not.toBeInTheDocument();
  });

  it('says so in the open dialog if the call ends on its own meanwhile', async () => {
    const user = useFakeClock();
    const { db } = freshDemo();
    renderApp(`/calls/${LIVE}`);
    const dialog = await openStopDialog(user);
    testServer.use(
      http.get(`/v1/calls/${LIVE}`, () =>
        HttpResponse.json({ ...db.getCall(LIVE), status: 'completed', end_reason: 'agent_hangup' }),
      ),
    );
    await vi.advanceTimersByTimeAsync(2_100);
    expect(
      await within(dialog).findByText(
        'This call ended while this dialog was open. There is nothing to stop.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Stop call' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });

  it('offers no Stop call on an ended call, and says it has ended', async () => {
    freshDemo();
    renderApp(`/calls/${DEMO_CALL_IDS.booked}`);
    expect(await screen.findByText(/This call has already ended/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop call' })).not.toBeInTheDocument();
  });

  it('offers no Stop call on a read-only console, and says why', async () => {
    freshDemo();
    renderApp(`/calls/${LIVE}`, { config: { readOnly: true } });
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Stopping calls is turned off: this console is read-only',
    );
    expect(screen.queryByRole('button', { name: 'Stop call' })).not.toBeInTheDocument();
  });
});
