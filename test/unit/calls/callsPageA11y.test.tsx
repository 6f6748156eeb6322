import { focusManager } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { createTestQueryClient, renderApp } from '../support/render';
import { testServer } from '../support/server';

describe('calls list: accessibility and refresh', () => {
  afterEach(() => focusManager.setFocused(undefined));

  it('has no axe violations with filters, the live section and the table', async () => {
    const { container } = renderApp('/calls?direction=inbound');
    await screen.findByRole('table', { name: 'Live calls' }, { timeout: 10_000 });
    await screen.findByRole('table', { name: 'Calls' });
    const results = await axe(container);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // axe over two tables of twelve columns takes 10–20 s in jsdom on a busy 2-core machine.
  }, 40_000);

  it('refreshes the list when the window regains focus', async () => {
    // Stale at once, as the list is 5 s after it loaded (the app's staleTime).
    const client = createTestQueryClient();
    client.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
    renderApp('/calls', { client });
    await screen.findByRole('table', { name: 'Calls' });
    const seen: string[] = [];
    const record = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/v1/calls' && !url.searchParams.has('status')) seen.push(url.search);
    };
    testServer.events.on('request:start', record);
    try {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
      await waitFor(() => expect(seen).toContain('?limit=25&offset=0'));
    } finally {
      testServer.events.removeListener('request:start', record);
    }
  });
});
