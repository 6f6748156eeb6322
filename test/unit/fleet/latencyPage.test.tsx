import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createFleetAggregator } from '../../../src/lib/fleet/aggregator';
import {
  encodeFleetLine,
  FLEET_WIRE_VERSION,
  type FleetResultLine,
} from '../../../src/lib/fleet/wire';
import { createDemoDb } from '../../../src/mocks/db';
import { fleetLatencyHandler } from '../../../src/mocks/fleet/handler';
import { item, turn } from './support';
import { renderApp } from '../support/render';
import { TEST_NOW, testServer } from '../support/server';

describe('/latency', () => {
  it('is in the header navigation and shows the window’s figures, tables and slowest calls', async () => {
    const { user, router } = renderApp('/latency?window=100');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Latency' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const figures = await screen.findByLabelText('Headline figures', {}, { timeout: 5000 });
    expect(within(figures).getByText('Turn p95')).toBeInTheDocument();
    expect(screen.getByText(/100 calls read in 1 page/)).toBeInTheDocument();

    const components = screen.getByRole('table', { name: 'Component latency percentiles' });
    const names = within(components)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    expect(names).toEqual(expect.arrayContaining(['Speech-to-text', 'LLM time to first token']));

    const slowest = screen.getByRole('table', { name: 'Slowest calls by p95 turn' });
    const firstLink = within(slowest).getAllByRole('link')[0]!;
    expect(firstLink.getAttribute('href')).toMatch(/^\/calls\/[^/]+#latency$/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Window' }), '1000');
    expect(router.state.location.search).toBe('?window=1000');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'web');
    expect(router.state.location.search).toBe('?window=1000&type=web');
    await waitFor(() => expect(screen.getByText(/calls read in 7 pages/)).toBeInTheDocument(), {
      timeout: 8000,
    });
  });

  it('shows progress as “n of m calls”, and Cancel stops reading the API', async () => {
    const db = createDemoDb({ clock: () => TEST_NOW });
    const listCalls = vi.spyOn(db, 'listCalls');
    testServer.use(fleetLatencyHandler(db, { latencyMs: 150 }));
    const { user } = renderApp('/latency?window=1000');
    const bar = await screen.findByRole('progressbar');
    await waitFor(() =>
      expect(bar).toHaveAttribute('aria-valuetext', expect.stringMatching(/^100 of \d+ calls$/)),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/Reading stopped/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const pages = listCalls.mock.calls.length;
    await new Promise((r) => setTimeout(r, 500));
    expect(listCalls.mock.calls.length).toBeLessThanOrEqual(pages + 1);
    expect(listCalls.mock.calls.length).toBeLessThan(7);
  });

  it('labels partial results after an upstream failure, and says how old cached figures are', async () => {
    const agg = createFleetAggregator();
    agg.add(item('call_a', turn(1, 900)));
    testServer.use(
      http.get('/console/latency', () => {
        const line: FleetResultLine = {
          type: 'result' as const,
          version: FLEET_WIRE_VERSION,
          window: {
            limit: 500,
            agentId: null,
            status: null,
            read: 200,
            total: 900,
            duplicates: 0,
            rejected: 0,
            pages: 2,
          },
          complete: false,
          stop: {
            reason: 'error' as const,
            error: {
              kind: 'refused' as const,
              status: 502,
              detail: 'The API answered 502 on page 3.',
            },
          },
          cache: { hit: true, ageSeconds: 42 },
          generatedAt: new Date(TEST_NOW).toISOString(),
          result: agg.result(),
        };
        return new HttpResponse(encodeFleetLine(line), {
          headers: { 'Content-Type': 'application/x-ndjson' },
        });
      }),
    );
    renderApp('/latency');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Partial results: only the 200 calls read before the API failed.',
    );
    expect(alert).toHaveTextContent('The API answered 502 on page 3. (HTTP 502)');
    expect(screen.getByText(/Read 42 s ago \(cached\)/)).toBeInTheDocument();
  });
});
