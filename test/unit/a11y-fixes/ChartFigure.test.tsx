import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartFigure } from '../../../src/components/shared/charts/ChartFigure';

describe('ChartFigure data table scroller', () => {
  it('is a named, focusable region that holds the table, reached by Tab after the disclosure', async () => {
    const user = userEvent.setup();
    render(
      <ChartFigure
        title="Components"
        summary="LLM is the slowest."
        table={
          <table aria-label="Components">
            <tbody>
              <tr>
                <td>LLM</td>
              </tr>
            </tbody>
          </table>
        }
      />,
    );
    await user.click(screen.getByText('Show data table'));
    const scroller = screen.getByRole('region', { name: 'Components: data table' });
    expect(within(scroller).getByRole('table', { name: 'Components' })).toBeInTheDocument();
    expect(scroller).toHaveAttribute('tabindex', '0');
    // From the disclosure's summary, the next Tab stop is the scroller (arrow keys scroll it).
    screen.getByText('Show data table').focus();
    await user.tab();
    expect(scroller).toHaveFocus();
  });
});
