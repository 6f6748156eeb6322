import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { expectTexts } from '../support/expectTexts';
import { renderApp } from '../support/render';
import { CUSTOM_ID, nullCall, serveCall } from './fixtures';

/** The call page's demo calls for the loose shapes (src/mocks/shapeCalls.ts), as a user sees them. */

async function section(name: string) {
  return screen.findByRole('region', { name }, { timeout: 5000 });
}

describe('demo: other message shapes', () => {
  it('shows every speaker, text key, time and extra key, and badges the replies', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.otherMessageShapes}`);
    const conversation = await section('Conversation');
    const list = within(conversation).getByRole('list', { name: 'Messages' });
    // Text under `text`, `message`, and `text` beside a null `content`.
    expectTexts(list, [
      'Oh, hi. Is the price going up again?',
      'A few questions about the house, about five minutes.',
      'Hmm, what would that involve?',
    ]);
    expect(within(list).queryByText('(no content)')).toBeNull();
    expect(within(list).queryByText(/^Role "/)).toBeNull();
    // The roles as sent, beside Agent/User.
    expect(within(list).getAllByText('Agent')).toHaveLength(4);
    expect(within(list).getAllByText('User')).toHaveLength(3);
    expect(within(list).getByText('(Human)')).toBeInTheDocument();
    expect(within(list).getAllByText('(assistant)')).toHaveLength(2);
    // Times and unknown keys.
    expectTexts(list, ['0:14–0:16', 'time: 1764576030', 'confidence', 'interrupted']);
    // Turns link to assistant/AI/bot replies through the same role table.
    expect(
      await within(conversation).findByRole('button', { name: /^Turn 1 \d/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});

describe('demo: named transcript speakers', () => {
  it("attributes the agent's name and Customer, and keeps Dr. Patel's lines apart", async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.namedTranscript}`);
    const conversation = await section('Conversation');
    // A call without messages waits for the transcript reader's chunk.
    const list = await within(conversation).findByRole('list', { name: 'Messages' });
    // Once the agent's name is known, its lines are the agent's.
    expect(
      await within(list).findAllByText('(Brightsmile Dental Receptionist)', {}, { timeout: 5000 }),
    ).toHaveLength(3);
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(within(items[0]!).getByText('Agent')).toBeInTheDocument();
    expect(within(items[1]!).getByText('User')).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('it hurts whenever I drink anything cold.');
    expect(within(items[3]!).getByText('Speaker "Dr. Patel"')).toBeInTheDocument();
  });
});

describe('demo: incomplete turns', () => {
  it('marks an incomplete turn on its reply and leaves it out of the latency figures', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.incompleteTurns}`);
    const conversation = await section('Conversation');
    expect(
      await within(conversation).findByRole(
        'button',
        { name: /^Turn 2 \d+ ms incomplete$/ },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const latency = await section('Latency');
    expect(
      await within(latency).findByText(/3 incomplete left out/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(
      within(latency).getByText(/Event counts differ from the API’s samples for LLM, TTS\./),
    ).toBeInTheDocument();
  });
});

describe('demo: a chain counted from 0', () => {
  it('links turn 0 to the reply to the first caller message', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.zeroBasedTurns}`);
    const latency = await section('Latency');
    expect(
      await within(latency).findByText(/^Turns count from 0 in this call/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const conversation = await section('Conversation');
    const badge = await within(conversation).findByRole('button', { name: /^Turn 0 \d/ });
    const reply = badge.closest('[role="listitem"]')!;
    expect(reply).toHaveTextContent('One moment while I look that up.');
  });
});

describe('schema issues on the page', () => {
  it('lists a missing required field next to the raw JSON', async () => {
    const { agent_id: _agent, ...rest } = nullCall();
    void _agent;
    serveCall(() => rest);
    renderApp(`/calls/${CUSTOM_ID}`);
    // The note loads just after the first paint.
    const note = await screen.findByText(/did not match the API spec/, {}, { timeout: 5000 });
    expect(note.closest('[role="note"]')).toHaveTextContent(
      'agent_id: expected a string, missing (required)',
    );
  });
});
