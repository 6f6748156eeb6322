import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { expectTexts } from '../support/expectTexts';
import { renderApp } from '../support/render';
import { CUSTOM_ID, nullCall, serveCall } from './fixtures';

async function conversation() {
  return screen.findByRole('region', { name: 'Conversation' });
}

describe('conversation', () => {
  it('shows every odd message shape as text or JSON, never dropping one', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.oddMessages}`);
    const section = await conversation();
    const list = within(section).getByRole('list', { name: 'Messages' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(11);
    expect(within(section).getByText('11 messages')).toBeInTheDocument();
    expectTexts(list, [
      // Nested content parts read as text.
      'Nested content parts from a newer SDK',
      // Unknown role, with its role named.
      'Role "system"',
      'Unknown role: the console must still show this.',
      // null, a bare string and a number.
      'Empty item (null)',
      'a bare string message',
      'Number',
      '42',
      // Orphan tool call with invalid JSON arguments, shown as sent.
      'orphan_lookup',
      '{not valid json',
      'Arguments are not valid JSON; shown as sent.',
      'No result was recorded for this call.',
      // Orphan result.
      'Tool result without a matching call',
      'result without a call',
      // Agent message with null content, and an object with no role as JSON.
      '(no content)',
      'Unrecognised item',
      /"deep": \[/,
    ]);
  });

  it('tells agent and user apart and joins tool calls to results, highlighting errors', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.failedTool}`);
    const section = await conversation();
    const list = within(section).getByRole('list', { name: 'Messages' });
    const items = within(list).getAllByRole('listitem');
    expect(within(items[0]!).getByText('Agent')).toBeInTheDocument();
    expect(within(items[1]!).getByText('User')).toBeInTheDocument();
    const tool = items.find((i) => within(i).queryByText('Tool call'))!;
    expect(within(tool).getByText('lookup_parcel')).toBeInTheDocument();
    expect(within(tool).getByText('⚠ Result: error')).toBeInTheDocument();
    expect(within(tool).getByText(/upstream carrier API timeout/)).toBeInTheDocument();
  });

  it('searches the data, not the DOM: counts, next and previous', async () => {
    const messages = Array.from({ length: 400 }, (_, i) => ({
      role: i % 2 ? 'user' : 'agent',
      content: i === 5 || i === 390 ? `needle number ${i}` : `filler ${i}`,
    }));
    serveCall(() => nullCall({ messages }));
    const { user } = renderApp(`/calls/${CUSTOM_ID}`);
    const section = await conversation();
    // Virtualized: far fewer items than messages are in the DOM.
    const rendered = within(section).getAllByRole('listitem').length;
    expect(rendered).toBeLessThan(60);
    expect(within(section).queryByText('needle number 390')).not.toBeInTheDocument();

    const box = within(section).getByRole('searchbox', { name: 'Search the conversation' });
    await user.type(box, 'NEEDLE');
    const status = within(section).getByRole('status');
    expect(status).toHaveTextContent('1 of 2 matches');
    await user.click(within(section).getByRole('button', { name: 'Next match' }));
    expect(status).toHaveTextContent('2 of 2 matches');
    await user.click(within(section).getByRole('button', { name: 'Next match' }));
    expect(status).toHaveTextContent('1 of 2 matches');
    await user.click(within(section).getByRole('button', { name: 'Previous match' }));
    expect(status).toHaveTextContent('2 of 2 matches');
    await user.keyboard('{Enter}');
    expect(status).toHaveTextContent('1 of 2 matches');
    // Matches in rendered items are marked.
    expect(within(section).getAllByText(/needle/i, { selector: 'mark' }).length).toBeGreaterThan(0);
    await user.clear(box);
    await user.type(box, 'nothing like this');
    expect(status).toHaveTextContent('No matches');
    expect(within(section).getByRole('button', { name: 'Next match' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(status).toHaveTextContent('');
  });

  it('badges agent replies with their turn latency and selects the turn on click', async () => {
    const { user } = renderApp(`/calls/${DEMO_CALL_IDS.booked}`);
    const section = await conversation();
    // Badges come from a deferred render after the first paint: on a loaded machine that can
    // take over a second, in old and new code alike.
    const badge = await within(section).findByRole(
      'button',
      { name: /^Turn 1 \d/ },
      { timeout: 5000 },
    );
    expect(badge).toHaveAttribute('aria-pressed', 'false');
    await user.click(badge);
    await waitFor(() => expect(badge).toHaveAttribute('aria-pressed', 'true'));
    // The turn's messages (caller message … agent reply) are highlighted.
    const current = within(section)
      .getAllByRole('listitem')
      .filter((li) => li.getAttribute('aria-current') === 'true');
    expect(current.length).toBeGreaterThanOrEqual(2);
    expect(within(current[0]!).getByText(/book a cleaning/)).toBeInTheDocument();
  });
});

describe('transcript fallbacks', () => {
  it('uses the legacy transcript array as the conversation when messages are empty', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.legacyTranscript}`);
    const section = await conversation();
    // The transcript reader is its own chunk, loaded only for calls without messages.
    expect(
      await within(section).findByText(
        'This call has no messages, so the transcript is shown as the conversation.',
      ),
    ).toBeInTheDocument();
    const items = within(section).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(3);
    expect(within(items[0]!).getByText('Agent')).toBeInTheDocument();
    expect(within(items[1]!).getByText('User')).toBeInTheDocument();
    const transcript = await screen.findByRole('region', { name: 'Transcript' });
    expect(within(transcript).getByText(/Transcript \(legacy format\)/)).toBeInTheDocument();
  });

  it('uses the transcript string as the conversation when messages are empty', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.stringTranscript}`);
    const section = await conversation();
    expect(
      await within(section).findByText(/transcript is shown as the conversation/),
    ).toBeInTheDocument();
    expect(within(section).getByText(/thanks for calling Brightsmile Dental/)).toBeInTheDocument();
    const transcript = await screen.findByRole('region', { name: 'Transcript' });
    expect(within(transcript).getByText(/Transcript text/)).toBeInTheDocument();
    expect(within(transcript).getAllByText('Agent:').length).toBeGreaterThan(1);
  });

  it('shows the transcript in its own view (collapsed) when messages exist', async () => {
    const { user } = renderApp(`/calls/${DEMO_CALL_IDS.booked}`);
    const transcript = await screen.findByRole('region', { name: 'Transcript' });
    expect(within(transcript).queryByText('User:')).not.toBeInTheDocument();
    await user.click(within(transcript).getByText(/Transcript text/));
    expect(await within(transcript).findAllByText('User:')).not.toHaveLength(0);
  });

  it('says so when there are neither messages nor transcript', async () => {
    serveCall(() => nullCall());
    renderApp(`/calls/${CUSTOM_ID}`);
    const section = await conversation();
    expect(
      await within(section).findByText('No messages or transcript for this call.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('No transcript for this call.')).toBeInTheDocument();
  });
});
