import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseCall } from '../../../src/api/parse';
import { useTurnSelection } from '../../../src/components/call-page/TurnSelectionContext';
import { TurnSelectionProvider } from '../../../src/components/call-page/TurnSelectionProvider';

function Probe() {
  const { selectedTurn, selectTurn, turnsByNumber, links, targetMs } = useTurnSelection();
  return (
    <div>
      <button type="button" onClick={() => selectTurn(1)}>
        select
      </button>
      <p>selected {String(selectedTurn)}</p>
      <p>total {turnsByNumber.get(1)?.totalMs}</p>
      <p>reply {links.agentMessageByTurn.get(1)}</p>
      <p>target {targetMs}</p>
    </div>
  );
}

const callWith = (id: string) =>
  parseCall({
    id,
    latency: {
      events: [
        { turn: 1, type: 'stt', ms: 100 },
        { turn: 1, type: 'llm_ttft', ms: 400 },
      ],
    },
    messages: [{ role: 'agent' }, { role: 'user' }, { role: 'agent' }],
  });

describe('TurnSelectionProvider', () => {
  it('provides totals, links and the remembered target', async () => {
    localStorage.setItem('console.latencyTargetMs', '1000');
    render(
      <TurnSelectionProvider call={callWith('a')}>
        <Probe />
      </TurnSelectionProvider>,
    );
    // Totals and links come after the first paint (their code loads then).
    expect(await screen.findByText('total 500')).toBeInTheDocument();
    expect(screen.getByText('reply 2')).toBeInTheDocument();
    expect(screen.getByText('target 1000')).toBeInTheDocument();
  });

  it('keeps the selection across polls of the same call, clears it for another call', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <TurnSelectionProvider call={callWith('a')}>
        <Probe />
      </TurnSelectionProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'select' }));
    rerender(
      <TurnSelectionProvider call={callWith('a')}>
        <Probe />
      </TurnSelectionProvider>,
    );
    expect(screen.getByText('selected 1')).toBeInTheDocument();
    rerender(
      <TurnSelectionProvider call={callWith('b')}>
        <Probe />
      </TurnSelectionProvider>,
    );
    expect(screen.getByText('selected null')).toBeInTheDocument();
  });
});
