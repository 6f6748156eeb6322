import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';

// The transcript reader is a chunk of its own, fetched only for calls without messages.
const chunk = vi.hoisted(() => ({ fails: true }));
vi.mock('../../../src/lib/conversation/transcript', async (importOriginal) => {
  if (chunk.fails) {
    throw new Error('Failed to fetch dynamically imported module: /assets/transcript.js');
  }
  return importOriginal();
});

describe('the transcript reader fails to download', () => {
  it('says so in the conversation, offers Try again, and the rest of the page stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderApp(`/calls/${DEMO_CALL_IDS.legacyTranscript}`);
    const article = await screen.findByRole('article', { name: 'Call' }, { timeout: 5000 });
    const failed = await within(article).findByText('Conversation could not be shown.');
    const alert = failed.closest('[role="alert"]') as HTMLElement;
    // (vitest rewords the error, so the boundary's chunk wording is not checked here.)
    expect(alert).toHaveTextContent('Try again');
    expect(within(article).getByRole('region', { name: 'Call facts' })).toBeInTheDocument();

    chunk.fails = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    const conversation = await screen.findByRole('region', { name: 'Conversation' });
    expect(
      await within(conversation).findByText(
        'This call has no messages, so the transcript is shown as the conversation.',
      ),
    ).toBeInTheDocument();
  });
});
