import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { CUSTOM_ID, nullCall, serveCall } from './fixtures';

/** The call page for `callId`, once its facts section is there. */
async function openFacts(callId: string) {
  const rendered = renderApp(`/calls/${callId}`);
  const facts = await screen.findByRole('region', { name: 'Call facts' }, { timeout: 5000 });
  return { ...rendered, facts };
}

function fact(facts: HTMLElement, label: string): HTMLElement {
  const term = within(facts).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

afterEach(() => {
  document.documentElement.classList.remove('dark');
});

describe('call facts', () => {
  it('shows who, when, how long, why it ended and what it cost, with copy buttons', async () => {
    const { user, facts } = await openFacts(DEMO_CALL_IDS.booked);
    expect(await within(facts).findByText('Brightsmile Dental Receptionist')).toBeInTheDocument();
    expect(fact(facts, 'Status')).toHaveTextContent('Completed');
    expect(fact(facts, 'Status')).toHaveTextContent(/Completed\s*Inbound$/);
    expect(fact(facts, 'Status')).not.toHaveTextContent('Inbound · Inbound');
    expect(fact(facts, 'To')).toHaveTextContent('+1 (415) 555-0100');
    expect(fact(facts, 'Outcome')).toHaveTextContent('Appointment Booked');
    expect(fact(facts, 'Duration').textContent).toMatch(/^\d+:\d\d$/);
    expect(fact(facts, 'Cost').textContent).toMatch(/^\$\d+\.\d\d$/);
    expect(fact(facts, 'Credits').textContent).toMatch(/^\d+(\.\d+)?$/);
    expect(fact(facts, 'Concurrency at dispatch').textContent).toMatch(/^\d+$/);
    expect(fact(facts, 'End reason').textContent).not.toMatch(/_/);
    // Local time shown, UTC on hover.
    const created = within(fact(facts, 'Created')).getByRole('time');
    expect(created).toHaveAttribute('title', expect.stringMatching(/ UTC$/));

    await user.click(within(facts).getByRole('button', { name: 'Copy call id' }));
    expect(await navigator.clipboard.readText()).toBe(DEMO_CALL_IDS.booked);
    // "Copied" follows the clipboard's promise, so it can land a render after readText.
    await waitFor(() =>
      expect(within(facts).getByRole('button', { name: 'Copy call id' })).toHaveTextContent(
        'Copied',
      ),
    );
    await user.click(within(facts).getByRole('button', { name: 'Copy to number' }));
    expect(await navigator.clipboard.readText()).toBe('+14155550100');
  });

  it('ticks the duration while the call is live', async () => {
    const started = new Date(Date.now() - 65_000).toISOString();
    serveCall(() => nullCall({ status: 'in_progress', started_at: started, created_at: started }));
    const { facts } = await openFacts(CUSTOM_ID);
    const duration = fact(facts, 'Duration');
    const first = duration.textContent;
    expect(first).toMatch(/^1:0\d\(running\)$/);
    await waitFor(() => expect(duration.textContent).not.toBe(first), { timeout: 2500 });
  });
});

describe('a call with every nullable field null', () => {
  it('renders every section with plain empty states and falls back to the agent id', async () => {
    const { user, facts } = await openFacts(DEMO_CALL_IDS.allNull);
    expect(await within(facts).findByText('(name unavailable)')).toBeInTheDocument();
    expect(fact(facts, 'Agent')).toHaveTextContent('agt_unknown_agent');
    for (const label of [
      'From',
      'To',
      'Started',
      'Ended',
      'Duration',
      'End reason',
      'Outcome',
      'Cost',
      'Credits',
      'Twilio call SID',
      'Room',
      'Scheduled',
    ]) {
      expect(fact(facts, label), label).toHaveTextContent(/—|Not set/);
    }
    // Completed without ended_at or post-call data: the page waits up to 30 s for it, and says so.
    expect(
      within(screen.getByRole('region', { name: 'Summary' })).getByText(/^Not written yet/),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Recording' })).getByText(/^Not here yet/),
    ).toBeInTheDocument();
    // Without messages, the transcript reader's chunk decides (it loads on demand).
    expect(
      await within(screen.getByRole('region', { name: 'Conversation' })).findByText(
        'No messages or transcript for this call.',
      ),
    ).toBeInTheDocument();
    const raw = await screen.findByRole('region', { name: 'Raw data' }, { timeout: 5000 });
    // Closed panels render nothing inside; opening one shows its empty state.
    expect(within(raw).queryByText('None (null).')).not.toBeInTheDocument();
    await user.click(within(raw).getByText('Knowledge base snapshot'));
    expect(within(raw).getByText('None (null).')).toBeInTheDocument();
    expect(screen.queryByText(/NaN|undefined|Invalid Date/)).not.toBeInTheDocument();
  });
});

describe('summary and analysis', () => {
  it('shows summary, outcome, sentiment, extracted data groups and the rest as a JSON tree', async () => {
    serveCall(() =>
      nullCall({
        ai_summary: null,
        outcome: 'Interested',
        analysis: {
          summary: 'Fallback summary from analysis.',
          outcome: 'Interested',
          sentiment: 'negative',
          extracted_data: { lead: { budget_usd: 1200, callback: null } },
          qa_score: 0.82,
        },
      }),
    );
    const { user } = renderApp(`/calls/${CUSTOM_ID}`);
    const summary = await screen.findByRole('region', { name: 'Summary' }, { timeout: 5000 });
    expect(within(summary).getByText('Fallback summary from analysis.')).toBeInTheDocument();
    expect(within(summary).getByText(/From analysis\.summary/)).toBeInTheDocument();
    expect(within(summary).getByText('Interested')).toBeInTheDocument();
    expect(within(summary).getByText('Negative')).toBeInTheDocument();
    // Extracted data loads just after the first paint.
    const lead = await within(summary).findByRole('region', { name: 'Extracted: lead' });
    expect(within(lead).getByText('Budget usd').nextElementSibling).toHaveTextContent('1200');
    await user.click(within(summary).getByText('Other analysis fields'));
    expect(
      await within(summary).findByRole(
        'tree',
        { name: 'Other analysis fields' },
        { timeout: 5000 },
      ),
    ).toHaveTextContent('qa_score:0.82');
  });
});

describe('live calls', () => {
  it('says the post-call sections fill in after the call ends', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.live}`);
    await screen.findByRole('region', { name: 'Call facts' }, { timeout: 5000 });
    await screen.findByRole('region', { name: 'Transcript' }, { timeout: 5000 }); // mounts after the first paint
    for (const name of ['Summary', 'Conversation', 'Transcript', 'Recording']) {
      expect(
        within(screen.getByRole('region', { name })).getByText(/fills in after the call ends/),
        name,
      ).toBeInTheDocument();
    }
    expect(screen.queryByText('No recording.')).not.toBeInTheDocument();
  });
});

describe('deep links and theme', () => {
  it('scrolls to the section in the hash once the call is shown', async () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this.id);
    });
    try {
      renderApp(`/calls/${DEMO_CALL_IDS.booked}#transcript`);
      await screen.findByRole('region', { name: 'Transcript' }, { timeout: 5000 });
      await waitFor(() => expect(scrolled).toContain('transcript'));
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('toggles the theme and remembers the choice', async () => {
    const { user } = renderApp(`/calls/${DEMO_CALL_IDS.booked}`);
    await user.click(await screen.findByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem('console.theme')).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(document.documentElement).not.toHaveClass('dark');
  });

  it('copies the raw call JSON', async () => {
    const { user } = renderApp(`/calls/${DEMO_CALL_IDS.booked}`);
    const raw = await screen.findByRole('region', { name: 'Raw data' }, { timeout: 5000 });
    await user.click(within(raw).getByText('Raw call JSON'));
    await user.click(within(raw).getByRole('button', { name: 'Copy Raw call JSON' }));
    const copied = JSON.parse(await navigator.clipboard.readText()) as { id: string };
    expect(copied.id).toBe(DEMO_CALL_IDS.booked);
    expect(within(raw).getByRole('button', { name: 'Download JSON' })).toBeInTheDocument();
  });
});
