import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { testServer } from '../support/server';

const CALL_URL = '/v1/calls/:callId';
const url = `/calls/${DEMO_CALL_IDS.booked}`;

describe('call page states', () => {
  it('shows a loading skeleton, then the call', async () => {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    testServer.use(
      http.get(CALL_URL, async () => {
        await gate;
        return undefined; // then the shared demo handler answers
      }),
    );
    renderApp(url);
    expect(await screen.findByRole('status', { name: 'Loading call' })).toBeInTheDocument();
    release();
    const article = await screen.findByRole('article', { name: 'Call' });
    expect(article).toHaveTextContent(DEMO_CALL_IDS.booked);
    expect(screen.getAllByText('Completed').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('→');
  });

  it.each([
    [401, { detail: 'Invalid API key' }, 'The API key is missing or wrong'],
    [404, { detail: 'Call not found' }, 'Not found'],
    [
      422,
      { detail: [{ loc: ['path', 'call_id'], msg: 'Input should be a valid UUID', type: 'uuid' }] },
      'The API rejected this request',
    ],
    [500, { detail: 'boom' }, 'The API had a problem'],
  ])('HTTP %i shows a clear error with Try again', async (status, body, title) => {
    testServer.use(http.get(CALL_URL, () => HttpResponse.json(body, { status })));
    renderApp(url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(`HTTP ${status}`);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('a network failure can be retried and recovers', async () => {
    let fail = true;
    testServer.use(
      http.get(CALL_URL, () => {
        if (fail) return HttpResponse.error();
        fail = true;
        return undefined; // fall through to the shared demo handler
      }),
    );
    const { user } = renderApp(url);
    expect(await screen.findByRole('alert')).toHaveTextContent('Network problem');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'Call' })).toHaveTextContent(
      DEMO_CALL_IDS.booked,
    );
    expect(screen.queryByText('Network problem')).not.toBeInTheDocument();
  });

  it('a response that is not a call shows the raw JSON instead of a blank page', async () => {
    testServer.use(http.get(CALL_URL, () => HttpResponse.json({ unexpected: '<b>shape</b>' })));
    const { user } = renderApp(url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API sent something unexpected');
    // Closed, the raw text is not even built (it can be a whole call, megabytes).
    expect(alert).not.toHaveTextContent('"unexpected"');
    await user.click(screen.getByText('Raw response'));
    expect(alert).toHaveTextContent('"unexpected": "<b>shape</b>"');
    expect(alert.querySelector('b')).toBeNull();
  });

  it('a call with fields off-spec still renders and lists what was off', async () => {
    testServer.use(
      http.get(CALL_URL, () =>
        HttpResponse.json({ id: DEMO_CALL_IDS.booked, status: 42, messages: 'nope' }),
      ),
    );
    renderApp(url);
    const note = (
      await screen.findByText(/did not match the API spec/, {}, { timeout: 5000 })
    ).closest('[role="note"]');
    expect(note).toHaveTextContent('status: expected a string, received number');
    expect(note).toHaveTextContent('messages: expected an array, received string');
    expect(screen.getByRole('article', { name: 'Call' })).toHaveTextContent(DEMO_CALL_IDS.booked);
  });
});

describe('routes and the header', () => {
  it('redirects / to /calls', async () => {
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/calls'));
  });

  it('shows a not-found page for unknown paths', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('opens a call by id, or by a pasted console link', async () => {
    const { user, router } = renderApp('/calls');
    const box = await screen.findByRole('searchbox', { name: 'Open call by ID' });
    await user.type(box, `  ${DEMO_CALL_IDS.failed}  {Enter}`);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/calls/${DEMO_CALL_IDS.failed}`),
    );
    await user.type(box, `https://console.example/calls/${DEMO_CALL_IDS.booked}#latency{Enter}`);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/calls/${DEMO_CALL_IDS.booked}`),
    );
  });

  it('shows the demo banner only in demo mode', async () => {
    renderApp('/nowhere', { config: { mode: 'live' } });
    await screen.findByRole('heading', { name: 'Page not found' });
    expect(screen.queryByText('Demo data.')).not.toBeInTheDocument();
  });
});
