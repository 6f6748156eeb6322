import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoCalls } from '../../../src/mocks/demoCalls';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { TEST_NOW, testServer } from '../support/server';

/** How many calls the demo API holds (it grows as demo cases are added). */
const TOTAL = demoCalls({ now: TEST_NOW }).length;

/** Every /v1/calls request the page made, as URLSearchParams. */
let listRequests: URLSearchParams[] = [];
function recordRequests({ request }: { request: Request }) {
  const url = new URL(request.url);
  if (url.pathname === '/v1/calls') listRequests.push(url.searchParams);
}
beforeEach(() => {
  listRequests = [];
  testServer.events.on('request:start', recordRequests);
});
afterEach(() => {
  testServer.events.removeListener('request:start', recordRequests);
});

async function mainTable() {
  return screen.findByRole('table', { name: 'Calls' });
}
/** Body rows only (the header row is the first). */
function bodyRows(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}

describe('calls list', () => {
  it('shows a skeleton, then the first page in API order with the API total', async () => {
    const { router } = renderApp('/calls');
    expect(await screen.findByRole('status', { name: 'Loading calls' })).toBeInTheDocument();
    const table = await mainTable();
    expect(bodyRows(table)).toHaveLength(25);
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent(
      `Showing 1–25 of ${TOTAL} calls · page 1 of ${Math.ceil(TOTAL / 25)}`,
    );
    // The first row is the newest call (just queued), as the API returns it, and is a link.
    const firstLink = within(bodyRows(table)[0]!).getByRole('link');
    expect(firstLink).toHaveAttribute('href', `/calls/${DEMO_CALL_IDS.queued}`);
    expect(router.state.location.search).toBe('');
    expect(listRequests.some((p) => p.get('limit') === '25' && p.get('offset') === '0')).toBe(true);
  });

  it('pages forward and back with links, asking the API for the right offset', async () => {
    const { user, router } = renderApp('/calls');
    await mainTable();
    await user.click(screen.getByRole('link', { name: 'Next →' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await waitFor(() =>
      expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent(
        `Showing 26–50 of ${TOTAL}`,
      ),
    );
    expect(listRequests.some((p) => p.get('offset') === '25' && !p.has('status'))).toBe(true);

    const pages = Math.ceil(TOTAL / 25);
    await user.click(screen.getByRole('link', { name: 'Next →' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=3'));
    // The demo holds ~700 calls (the fleet view's): jump to the one before last, then walk.
    await router.navigate(`/calls?page=${pages - 1}`);
    await user.click(await screen.findByRole('link', { name: 'Next →' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?page=${pages}`));
    await waitFor(() =>
      expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent(
        `Showing ${(pages - 1) * 25 + 1}–${TOTAL} of ${TOTAL}`,
      ),
    );
    // The last page has no next link.
    expect(screen.queryByRole('link', { name: 'Next →' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '← Previous' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?page=${pages - 1}`));
  });

  it('reads the API filters from the URL and sends them to the API', async () => {
    renderApp('/calls?status=failed&agent=agt_insurance_renewals');
    const table = await mainTable();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('failed');
    expect(screen.getByRole('combobox', { name: 'Agent' })).toHaveValue('agt_insurance_renewals');
    const sent = listRequests.find((p) => p.get('status') === 'failed');
    expect(sent?.get('agent_id')).toBe('agt_insurance_renewals');
    for (const row of bodyRows(table)) expect(row).toHaveTextContent('Failed');
    // With a status filter the list is that status; there is no separate live section.
    expect(screen.queryByRole('region', { name: /Live now/ })).not.toBeInTheDocument();
  });

  it('writes filter changes to the URL and goes back to page 1', async () => {
    const { user, router } = renderApp('/calls?page=2');
    await mainTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'completed');
    await waitFor(() => expect(router.state.location.search).toBe('?status=completed'));
    await waitFor(() =>
      expect(listRequests.some((p) => p.get('status') === 'completed')).toBe(true),
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('applies page-only filters to the loaded page and says so', async () => {
    const { user, router } = renderApp('/calls');
    const table = await mainTable();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Direction' }), 'outbound');
    await waitFor(() => expect(router.state.location.search).toBe('?direction=outbound'));

    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(/of the 25 calls on this page/);
    expect(note).toHaveTextContent(/only look at the calls loaded on this page/);
    await waitFor(() => {
      const rows = bodyRows(screen.getByRole('table', { name: 'Calls' }));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(25);
      for (const row of rows) expect(row).toHaveTextContent('Outbound');
    });
    // Client filters never reach the API.
    expect(listRequests.some((p) => p.has('direction'))).toBe(false);
    expect(bodyRows(table).length).toBeLessThan(25);
  });

  it('searches numbers on the page whatever the formatting', async () => {
    const { user, router } = renderApp('/calls');
    const table = await mainTable();
    // Take a real number from the fourth row and type its last 7 digits with spaces.
    const text = within(bodyRows(table)[3]!).getByRole('link').textContent ?? '';
    const digits = (/\+1 \((\d{3})\) (\d{3})-(\d{4})/.exec(text) ?? []).slice(2).join(' ');
    expect(digits).toMatch(/^\d{3} \d{4}$/);
    await user.type(screen.getByRole('searchbox', { name: 'Number search' }), digits);
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        `?q=${encodeURIComponent(digits).replace(/%20/g, '+')}`,
      ),
    );
    // The router updates its state before React re-renders, so wait for the rows.
    await waitFor(() => {
      const rows = bodyRows(screen.getByRole('table', { name: 'Calls' }));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(25);
      for (const row of rows) {
        expect(row.textContent?.replace(/\D/g, '')).toContain(digits.replace(' ', ''));
      }
    });
  });

  it('lists live calls in their own section, fetched per live status', async () => {
    renderApp('/calls');
    const section = await screen.findByRole('region', { name: /Live now/ });
    const live = await within(section).findByRole('table', { name: 'Live calls' });
    // The demo's live calls; those whose status is spelled otherwise come from the page below.
    const ids = [
      DEMO_CALL_IDS.live,
      DEMO_CALL_IDS.queued,
      DEMO_CALL_IDS.initiated,
      DEMO_CALL_IDS.ringing,
      DEMO_CALL_IDS.upperCaseLive,
      DEMO_CALL_IDS.hyphenLive,
      DEMO_CALL_IDS.stopAnswerCut,
      DEMO_CALL_IDS.stopAnswerBadGateway,
      DEMO_CALL_IDS.stopConflict,
      DEMO_CALL_IDS.stopRateLimited,
    ];
    await waitFor(() => expect(bodyRows(live)).toHaveLength(ids.length));
    const hrefs = bodyRows(live).map((r) => within(r).getByRole('link').getAttribute('href'));
    expect(hrefs.sort()).toEqual(ids.map((id) => `/calls/${id}`).sort());
    expect(within(section).getByText(/Refreshes every 5 s/)).toBeInTheDocument();
    const statuses = listRequests.map((p) => p.get('status')).filter(Boolean);
    expect(new Set(statuses)).toEqual(new Set(['queued', 'initiated', 'in_progress']));
  });

  it('shows agent names, fetched once per agent', async () => {
    renderApp('/calls');
    const table = await mainTable();
    expect(
      (await within(table).findAllByText('Brightsmile Dental Receptionist')).length,
    ).toBeGreaterThan(1);
  });

  it('says clearly when the API key is missing or wrong (401)', async () => {
    testServer.use(
      http.get('/v1/calls', () =>
        HttpResponse.json({ detail: 'Invalid API key' }, { status: 401 }),
      ),
    );
    renderApp('/calls');
    const list = await screen.findByRole('region', { name: 'All calls' });
    const alert = await within(list).findByRole('alert');
    expect(alert).toHaveTextContent('The API key is missing or wrong');
    expect(alert).toHaveTextContent('HTTP 401');
    expect(alert).toHaveTextContent('ONEINBOX_API_KEY');
    // The live section says it briefly instead of repeating the whole error.
    const live = screen.getByRole('region', { name: /Live now/ });
    expect(await within(live).findByRole('alert')).toHaveTextContent(
      'Could not load live calls: Invalid API key',
    );
  });

  it('shows an error with Try again that recovers', async () => {
    let failures = 1;
    testServer.use(
      http.get('/v1/calls', ({ request }) => {
        // Fail the main list once; live status pages pass through to the demo handler.
        if (new URL(request.url).searchParams.has('status') || failures === 0) return;
        failures -= 1;
        return HttpResponse.json({ detail: 'boom' }, { status: 500 });
      }),
    );
    const { user } = renderApp('/calls');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API had a problem');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await mainTable()).toBeInTheDocument();
  });

  it('has an empty state', async () => {
    testServer.use(
      http.get('/v1/calls', () => HttpResponse.json({ items: [], total: 0, limit: 25, offset: 0 })),
    );
    renderApp('/calls');
    expect(await screen.findByRole('heading', { name: 'No calls yet' })).toBeInTheDocument();
    expect(await screen.findByText('No calls in progress right now.')).toBeInTheDocument();
  });

  it('counts items that are not calls instead of dropping them silently', async () => {
    testServer.use(
      http.get('/v1/calls', ({ request }) => {
        if (new URL(request.url).searchParams.has('status')) return;
        return HttpResponse.json({
          items: [{ id: DEMO_CALL_IDS.booked, status: 'completed' }, { nope: true }],
          total: 2,
          limit: 25,
          offset: 0,
        });
      }),
    );
    renderApp('/calls');
    expect(await screen.findByText(/1 item on this page was not a call/)).toBeInTheDocument();
    expect(bodyRows(await mainTable())).toHaveLength(1);
  });

  it('moves between rows with the arrow keys', async () => {
    const { user } = renderApp('/calls');
    const rows = bodyRows(await mainTable());
    const first = within(rows[0]!).getByRole('link');
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(within(rows[1]!).getByRole('link')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();
  });

  it('keeps the filters and page when going back from a call', async () => {
    const { user, router } = renderApp('/calls?page=2&direction=inbound');
    const rows = bodyRows(await mainTable());
    const link = within(rows[0]!).getByRole('link');
    const href = link.getAttribute('href');
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe(href));
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?page=2&direction=inbound'));
    expect(await screen.findByRole('combobox', { name: 'Direction' })).toHaveValue('inbound');
    expect(await screen.findByRole('navigation', { name: 'Pagination' })).toHaveTextContent(
      `page 2 of ${Math.ceil(TOTAL / 25)}`,
    );
  });

  it('says when a page is past the end and links to the last one', async () => {
    const last = Math.ceil(TOTAL / 25);
    renderApp(`/calls?page=${last + 5}`);
    expect(
      await screen.findByRole('heading', { name: `There is no page ${last + 5}` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Go to the last page (${last})` })).toHaveAttribute(
      'href',
      `/calls?page=${last}`,
    );
  });

  it('offers to open a pasted call id that is not on this page', async () => {
    const id = '5f0c1d2e-3a4b-4c5d-8e6f-0000000000ff';
    renderApp(`/calls?q=${id}`);
    expect(await screen.findByRole('link', { name: `Open call ${id}` })).toHaveAttribute(
      'href',
      `/calls/${id}`,
    );
  });

  it('says when there are more live calls of a status than one request returns', async () => {
    testServer.use(
      http.get('/v1/calls', ({ request }) => {
        if (new URL(request.url).searchParams.get('status') !== 'in_progress') return;
        return HttpResponse.json({
          items: [{ id: 'live-1', status: 'in_progress', started_at: '2026-11-22T09:59:00Z' }],
          total: 150,
          limit: 100,
          offset: 0,
        });
      }),
    );
    renderApp('/calls');
    const section = await screen.findByRole('region', { name: /Live now/ });
    expect(await within(section).findByRole('note')).toHaveTextContent(
      'Showing the first 100 calls of each live status',
    );
  });
});
