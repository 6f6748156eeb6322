import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { testDb, testServer } from '../support/server';

/** Holds every read of one call until released, counting them. */
function holdCallReads() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const reads: string[] = [];
  testServer.use(
    http.get('/v1/calls/:callId', async ({ params }) => {
      const id = String(params.callId);
      reads.push(id);
      await gate;
      return HttpResponse.json(testDb.getCall(id) ?? { detail: 'Not found' });
    }),
  );
  return { reads, release };
}

describe('opening a call from the list', () => {
  it('shows the call at once from the list’s copy, and reads it again in the background', async () => {
    const held = holdCallReads();
    const { user } = renderApp('/calls');
    const table = await screen.findByRole('table', { name: 'Calls' });
    const id = DEMO_CALL_IDS.booked;
    const row = within(table)
      .getAllByRole('link')
      .find((a) => a.getAttribute('href') === `/calls/${id}`);
    expect(row).toBeDefined();
    await user.click(row!);

    // The detail read has not answered, yet the call is on screen: header and first line.
    const call = testDb.getCall(id) as unknown as { messages: { content: string }[] };
    expect(await screen.findByText(call.messages[0]!.content)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Call' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: /loading call/i })).not.toBeInTheDocument();
    // …and its own read is under way (the refresh).
    await waitFor(() => expect(held.reads).toContain(id));
    held.release();
  });

  it('still reads a call that is not in any list page (no seed)', async () => {
    const held = holdCallReads();
    renderApp(`/calls/${DEMO_CALL_IDS.booked}`);
    await waitFor(() => expect(held.reads).toContain(DEMO_CALL_IDS.booked));
    expect(screen.queryByRole('article', { name: 'Call' })).not.toBeInTheDocument();
    held.release();
    expect(await screen.findByRole('article', { name: 'Call' })).toBeInTheDocument();
  });
});
