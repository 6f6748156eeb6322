import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { CUSTOM_ID, nullCall, serveCall } from './fixtures';

declare global {
  interface Window {
    __xss?: number;
  }
}

const X = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>bold</b>';

/** Every string field of a call, and every key and value of its open objects, is hostile. */
function hostileEverything() {
  return nullCall({
    agent_id: X,
    type: X,
    status: X,
    direction: X,
    from_number: X,
    to_number: X,
    room_name: X,
    twilio_call_sid: X,
    scheduled_at: X,
    started_at: X,
    ended_at: X,
    end_reason: X,
    outcome: X,
    transcript: `Agent: ${X}\nUser: ${X}`,
    messages: [
      { role: 'agent', content: X },
      { role: 'user', content: [{ type: 'text', text: X }] },
      { role: 'tool_call', name: X, arguments: JSON.stringify({ [X]: X }), tool_call_id: X },
      { role: 'tool_result', tool_call_id: X, content: X, is_error: true },
      { role: 'tool_result', tool_call_id: 'orphan', content: X },
      { role: X, content: X },
      X,
      { [X]: X },
    ],
    recording_url: X,
    ai_summary: X,
    analysis: {
      summary: X,
      outcome: `${X}!`,
      sentiment: X,
      extracted_data: { [X]: { [X]: X } },
      [X]: X,
    },
    metadata: { [X]: X, concurrency_at_dispatch: X },
    variables: { [X]: X },
    kb_snapshot: { [X]: X },
    created_at: X,
    updated_at: X,
  });
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('untrusted call data is text only', () => {
  it('renders HTML-looking text in every field as text, never as markup', async () => {
    serveCall(() => hostileEverything());
    const { user } = renderApp(`/calls/${CUSTOM_ID}`);
    const article = await screen.findByRole('article', { name: 'Call' });
    // The below-the-fold sections arrive after the first paint; then open every collapsible so
    // their contents (and the lazily loaded JSON trees) are rendered too.
    const raw = await screen.findByRole('region', { name: 'Raw data' }, { timeout: 5000 });
    await screen.findByRole('region', { name: 'Transcript' }, { timeout: 5000 });
    for (const summary of article.querySelectorAll('summary')) await user.click(summary);
    // findAll settles on the first tree; wait for all four (each panel's tree mounts on its own).
    await waitFor(() => expect(within(raw).getAllByRole('tree')).toHaveLength(4));

    expect(article.querySelector('img, script, b, iframe, svg[onload]')).toBeNull();
    expect(window.__xss).toBeUndefined();
    expect(article.querySelector('a[href^="javascript:"], audio')).toBeNull();

    const text = article.textContent ?? '';
    // Shown as literal text in facts, summary, conversation, transcript and raw trees.
    // (JSON views quote it, so count its unquoted core.)
    expect(occurrences(text, '<img src=x onerror=')).toBeGreaterThanOrEqual(25);
    const region = (name: string) => screen.getByRole('region', { name });
    for (const name of ['Call facts', 'Summary', 'Conversation', 'Transcript', 'Raw data']) {
      expect(region(name).textContent, name).toContain('<script>window.__xss=2</script>');
    }
    expect(within(region('Call facts')).getAllByText(/<img src=x/).length).toBeGreaterThanOrEqual(
      8,
    );
    expect(within(region('Recording')).getByText(/not an http\(s\) address/)).toBeInTheDocument();
  });

  it('keeps the demo hostile call inert too', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.hostile}`);
    const article = await screen.findByRole('article', { name: 'Call' });
    expect((await within(article).findAllByText(/Caller pasted markup/)).length).toBeGreaterThan(0);
    // (Recharts draws <svg> for the latency charts; none carries an event attribute.)
    expect(article.querySelector('img, script, i, b, svg[onload]')).toBeNull();
    expect(
      within(article).getByText('I will <a href="javascript:alert(1)">click here</a>.'),
    ).toBeInTheDocument();
    expect(within(article).getAllByText('<svg onload=alert(1)>').length).toBeGreaterThan(0);
  });
});
