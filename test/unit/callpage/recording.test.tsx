import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import { CUSTOM_ID, endedCall, serveCall } from './fixtures';

function audio(): HTMLAudioElement {
  const el = document.querySelector('audio');
  if (!el) throw new Error('no <audio>');
  return el;
}

describe('recording', () => {
  it('has accessible controls: play, seek, ±10 s, speed, time and download', async () => {
    serveCall(() => endedCall({ recording_url: 'https://cdn.example.test/rec.ogg?sig=1' }));
    const { user } = renderApp(`/calls/${CUSTOM_ID}`);
    // The player is a lazy chunk: the first test in the file compiles it, which can take >1 s.
    const player = await screen.findByRole(
      'group',
      { name: 'Recording player' },
      { timeout: 5_000 },
    );
    expect(within(player).getByRole('button', { name: 'Play' })).toBeEnabled();
    expect(within(player).getByRole('slider', { name: 'Seek' })).toBeInTheDocument();
    expect(within(player).getByRole('button', { name: 'Back 10 seconds' })).toBeInTheDocument();
    expect(within(player).getByRole('button', { name: 'Forward 10 seconds' })).toBeInTheDocument();
    const speed = within(player).getByRole('combobox', { name: 'Speed' });
    expect(
      within(speed)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
    await user.selectOptions(speed, '2');
    expect(audio().playbackRate).toBe(2);
    expect(within(player).getByText('0:00 / –:––')).toBeInTheDocument();
    expect(within(player).getByRole('link', { name: 'Download recording' })).toHaveAttribute(
      'href',
      'https://cdn.example.test/rec.ogg?sig=1',
    );
  });

  it('refetches the call once when the link has expired, then says plainly if it still fails', async () => {
    const reads = serveCall((n) =>
      endedCall({ recording_url: `https://cdn.example.test/rec.ogg?sig=${n}` }),
    );
    const { user } = renderApp(`/calls/${CUSTOM_ID}`);
    await screen.findByRole('group', { name: 'Recording player' });
    expect(audio()).toHaveAttribute('src', 'https://cdn.example.test/rec.ogg?sig=1');
    // Let the page's own reads (observers mounting with staleTime 0) settle first.
    await new Promise((r) => setTimeout(r, 100));
    const before = reads.count;

    fireEvent.error(audio());
    await waitFor(() =>
      expect(audio()).toHaveAttribute('src', `https://cdn.example.test/rec.ogg?sig=${before + 1}`),
    );
    expect(reads.count).toBe(before + 1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // The fresh link fails too: no endless refetching, a plain message instead.
    fireEvent.error(audio());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The recording could not be loaded.');
    expect(reads.count).toBe(before + 1);
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();

    // The user may try again by hand.
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(audio()).toHaveAttribute('src', `https://cdn.example.test/rec.ogg?sig=${before + 2}`),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('fails plainly when the refetch brings the same dead link', async () => {
    serveCall(() => endedCall({ recording_url: 'https://cdn.example.test/dead.ogg' }));
    renderApp(`/calls/${CUSTOM_ID}`);
    await screen.findByRole('group', { name: 'Recording player' });
    fireEvent.error(audio());
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
  });

  it('keeps its link when a refetch brings a newly signed one, so playback is not cut', async () => {
    serveCall((n) => endedCall({ recording_url: `https://cdn.example.test/rec.ogg?sig=${n}` }));
    const { client } = renderApp(`/calls/${CUSTOM_ID}`);
    await screen.findByRole('group', { name: 'Recording player' });
    await client.refetchQueries({ queryKey: ['calls', 'detail', CUSTOM_ID] });
    expect(audio()).toHaveAttribute('src', 'https://cdn.example.test/rec.ogg?sig=1');
  });

  it('never uses a non-http(s) link, and says "No recording" when there is none', async () => {
    serveCall(() => endedCall({ recording_url: 'javascript:alert(1)' }));
    renderApp(`/calls/${CUSTOM_ID}`);
    const section = await screen.findByRole('region', { name: 'Recording' });
    expect(within(section).getByText(/not an http\(s\) address/)).toBeInTheDocument();
    expect(document.querySelector('audio')).toBeNull();
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  });

  it('shows a plain note without a recording', async () => {
    serveCall(() => endedCall({}));
    renderApp(`/calls/${CUSTOM_ID}`);
    const section = await screen.findByRole('region', { name: 'Recording' });
    expect(within(section).getByText('No recording.')).toBeInTheDocument();
  });
});
