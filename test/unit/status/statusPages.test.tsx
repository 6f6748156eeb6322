import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { testServer } from '../support/server';
import { freshDemo, useFakeClock } from '../live/liveHarness';

/**
 * Issue 13: statuses are judged in one place (src/api/callStatus.ts). The demo has a ringing call
 * without ended_at, IN_PROGRESS and in-progress spellings, and a voicemail call that has ended.
 */

afterEach(() => {
  vi.useRealTimers();
});

const header = async () =>
  (await screen.findByRole('heading', { level: 1 }, { timeout: 5_000 })).closest('header')!;
const getsOf = (gets: string[], id: string) => gets.filter((g) => g === id).length;

describe('an undocumented status without ended_at', () => {
  it('is shown as sent with a note, polled every 2 s and offered Stop', async () => {
    const user = useFakeClock();
    const { requests } = freshDemo();
    renderApp(`/calls/${DEMO_CALL_IDS.ringing}`);
    const top = await header();
    expect(within(top).getByTitle('Status: ringing')).toHaveTextContent('Possibly live · ringing');
    // The note loads just after the first paint, with the live controls it explains.
    expect(await within(top).findByRole('note')).toHaveTextContent(
      '“ringing” is not a status the console knows. The call has no end time, so it is treated as possibly live',
    );
    expect(await screen.findByText('Auto-refreshing every 2 s')).toBeInTheDocument();
    // The empty sections say why they are empty, not that the call is over.
    expect(screen.getAllByText(/The call may still be live\./).length).toBeGreaterThan(0);
    expect(screen.queryByText('No recording.')).not.toBeInTheDocument();
    const conversation = screen.getByRole('region', { name: 'Conversation' });
    expect(conversation).toHaveTextContent(/The call may still be live\..*the conversation once/);
    expect(conversation).not.toHaveTextContent('No messages or transcript for this call.');

    const first = getsOf(requests.gets, DEMO_CALL_IDS.ringing);
    await vi.advanceTimersByTimeAsync(6_100);
    expect(getsOf(requests.gets, DEMO_CALL_IDS.ringing) - first).toBeGreaterThanOrEqual(2);

    await user.click(screen.getByRole('button', { name: 'Stop call' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Not started yet (ringing)');
    expect(within(dialog).getByRole('button', { name: 'Stop call' })).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent('ended while this dialog was open');
  });
});

describe('a documented status in another spelling', () => {
  it.each([
    ['IN_PROGRESS', DEMO_CALL_IDS.upperCaseLive],
    ['in-progress', DEMO_CALL_IDS.hyphenLive],
  ])('reads %s as in progress: live, polled and stoppable, with no note', async (status, id) => {
    useFakeClock();
    freshDemo();
    renderApp(`/calls/${id}`);
    const top = await header();
    expect(within(top).getByTitle(`Status: ${status}`)).toHaveTextContent('Live · In progress');
    expect(await screen.findByText('Auto-refreshing every 2 s')).toBeInTheDocument();
    // Checked once the deferred header parts (live controls, and a note if any) are in.
    expect(within(top).queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop call' })).toBeInTheDocument();
    expect(screen.getByText('(running)')).toBeInTheDocument();
  });
});

describe('an undocumented status with ended_at', () => {
  it('is shown as sent and treated as ended: no Stop, no "still live"', async () => {
    freshDemo();
    renderApp(`/calls/${DEMO_CALL_IDS.voicemail}`);
    const top = await header();
    expect(within(top).getByTitle('Status: voicemail')).toHaveTextContent(/^voicemail$/);
    expect(await within(top).findByRole('note')).toHaveTextContent(
      'The call has an end time, so it is treated as ended.',
    );
    expect(await screen.findByText(/This call has already ended/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop call' })).not.toBeInTheDocument();
    expect(screen.queryByText(/still live/)).not.toBeInTheDocument();
  });
});

describe('the calls list', () => {
  it('puts possibly live calls of any spelling in Live now, and keeps the page fresh', async () => {
    useFakeClock();
    const unfiltered: string[] = [];
    const record = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/v1/calls' && !url.searchParams.has('status')) unfiltered.push('x');
    };
    testServer.events.on('request:start', record);
    try {
      freshDemo();
      renderApp('/calls');
      const section = await screen.findByRole('region', { name: /Live now/ }, { timeout: 5_000 });
      const live = await within(section).findByRole('table', { name: 'Live calls' });
      const hrefs = within(live)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href'));
      for (const id of [
        DEMO_CALL_IDS.ringing,
        DEMO_CALL_IDS.upperCaseLive,
        DEMO_CALL_IDS.hyphenLive,
      ]) {
        expect(hrefs).toContain(`/calls/${id}`);
      }
      expect(within(live).getByTitle('Status: ringing')).toHaveTextContent(
        'Possibly live · ringing',
      );
      expect(within(live).getByTitle('Status: IN_PROGRESS')).toHaveTextContent(
        'Live · In progress',
      );
      // No per-status request can find them, so the page that holds them is polled.
      const before = unfiltered.length;
      await vi.advanceTimersByTimeAsync(10_100);
      expect(unfiltered.length - before).toBeGreaterThanOrEqual(1);
    } finally {
      testServer.events.removeListener('request:start', record);
    }
  });

  it('reads a status filter in another spelling as the documented one', async () => {
    const sent: (string | null)[] = [];
    const record = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/v1/calls') sent.push(url.searchParams.get('status'));
    };
    testServer.events.on('request:start', record);
    try {
      freshDemo();
      renderApp('/calls?status=IN_PROGRESS');
      await screen.findByRole('table', { name: 'Calls' }, { timeout: 5_000 });
      const select = screen.getByRole('combobox', { name: 'Status' });
      expect(select).toHaveValue('in_progress');
      expect(within(select).getAllByRole('option', { name: 'In progress' })).toHaveLength(1);
      await waitFor(() => expect(sent).toContain('in_progress'));
      expect(sent).not.toContain('IN_PROGRESS');
      expect(screen.getByRole('heading', { name: 'In progress calls' })).toBeInTheDocument();
    } finally {
      testServer.events.removeListener('request:start', record);
    }
  });
});
