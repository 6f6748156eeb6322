import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';

// A section that throws while rendering (a library choking on odd data, say).
vi.mock('../../../src/components/call-page/summary/SummarySection', () => ({
  SummarySection: () => {
    throw new Error('summary exploded');
  },
}));

describe('a section that fails to render', () => {
  it('fails alone: the rest of the call page stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderApp(`/calls/${DEMO_CALL_IDS.booked}`);
    // The call page is a lazy route: on a loaded machine it can take over the default 1 s.
    const article = await screen.findByRole('article', { name: 'Call' }, { timeout: 5000 });
    const alert = within(article)
      .getByText('Summary could not be shown.')
      .closest('[role="alert"]');
    expect(alert).toHaveTextContent('summary exploded');
    expect(
      within(alert as HTMLElement).getByRole('button', { name: 'Try again' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: /Conversation/ })).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
  });
});
