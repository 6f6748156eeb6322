import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { freshDemo } from './liveHarness';

describe('live controls accessibility', () => {
  it('the live panel and the open stop dialog have no axe violations', async () => {
    freshDemo();
    const { user } = renderApp(`/calls/${DEMO_CALL_IDS.live}`);
    // The live panel is a lazy chunk; compiling it cold can take over a second on a busy machine.
    await screen.findByText('Auto-refreshing every 2 s', {}, { timeout: 5_000 });
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect((await axe(header)).violations).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Stop call' }));
    const dialog = await screen.findByRole('alertdialog');
    await within(dialog).findByText('Brightsmile Dental Receptionist');
    expect(dialog).toHaveAccessibleName('Stop this call?');
    expect(dialog).toHaveAccessibleDescription(/cannot be undone/);
    expect((await axe(dialog)).violations).toEqual([]);
  });
});
