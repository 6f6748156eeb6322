import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';

/** The call's own header (the first banner inside the call article). */
async function headerText() {
  const article = await screen.findByRole('article', { name: 'Call' });
  return within(article).getAllByRole('banner')[0]!.textContent ?? '';
}

describe('call header', () => {
  it('says the type once when the direction repeats it', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.booked}`);
    const text = await headerText();
    expect(text).toContain('Inbound');
    expect(text).not.toContain('Inbound · Inbound');
  });
  it('shows the direction of a web call', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.failedTool}`);
    expect(await headerText()).toContain('Web · Inbound');
  });
});
