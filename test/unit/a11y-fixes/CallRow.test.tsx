import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import { textContrast } from './contrast';

describe('call list rows', () => {
  it('draw the call id at 4.5:1 or more on the live section tint, in both themes', async () => {
    renderApp('/calls');
    const section = await screen.findByRole('region', { name: /Live now/ });
    const live = await within(section).findByRole('table', { name: 'Live calls' });
    const links = within(live).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      // The id line: "id " for screen readers, then the short id.
      const id = within(link).getByText('id').parentElement!;
      expect(textContrast(id, 'light')).toBeGreaterThanOrEqual(4.5);
      expect(textContrast(id, 'dark')).toBeGreaterThanOrEqual(4.5);
    }
  });
});
