import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseCall } from '../../../src/api/parse';
import { TurnSelectionProvider } from '../../../src/components/call-page/TurnSelectionProvider';
import LatencySection from '../../../src/components/call-page/latency/LatencySection';

export { ev, turn } from './latencyEvents';

/** The latency section alone, for a call with this latency and these messages, 600 px wide. */
export function renderLatencySection(latency: unknown, messages: unknown[] = []) {
  const call = parseCall({ id: 'call_1', status: 'completed', latency, messages });
  const user = userEvent.setup();
  const utils = render(
    <TurnSelectionProvider call={call}>
      <LatencySection call={call} chartWidth={600} />
    </TurnSelectionProvider>,
  );
  const section = screen.getByRole('region', { name: 'Latency' });
  return { ...utils, user, section };
}

/** The text of each data cell in the row of `table` whose name matches (row headers left out). */
export function rowCells(table: HTMLElement, name: RegExp): (string | null)[] {
  return within(within(table).getByRole('row', { name }))
    .getAllByRole('cell')
    .map((c) => c.textContent);
}
