import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSameOrigin, recordingFileName } from '../../../src/lib/recording/recordingDownload';
import { renderApp } from '../support/render';
import { testServer } from '../support/server';
import { CUSTOM_ID, endedCall, serveCall } from './fixtures';

/**
 * Issue 13: `<a download>` is ignored for a cross-origin signed link, so Download fetches the file
 * when the host allows it, and otherwise opens it in a new tab with a hint.
 */

const OFF_HOST = 'https://recordings.example.test/calls/abc/recording.ogg?X-Amz-Signature=1';

function servedWith(recording_url: string) {
  serveCall(() => endedCall({ recording_url }));
}

/** Clicks that reach the document: whether the app let the browser follow them. */
let followed: { href: string; download: string; prevented: boolean }[] = [];
const stopNavigation = (event: MouseEvent) => {
  const link = (event.target as HTMLElement).closest('a');
  if (!link) return;
  followed.push({
    href: link.href,
    download: link.getAttribute('download') ?? '',
    prevented: event.defaultPrevented,
  });
  event.preventDefault(); // jsdom cannot navigate
};

const { createObjectURL, revokeObjectURL } = URL;
beforeEach(() => {
  followed = [];
  document.addEventListener('click', stopNavigation);
  URL.createObjectURL = vi.fn(() => 'blob:recording');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  document.removeEventListener('click', stopNavigation);
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.restoreAllMocks();
});

async function clickDownload(user: ReturnType<typeof renderApp>['user']) {
  const player = await screen.findByRole('group', { name: 'Recording player' }, { timeout: 5_000 });
  await user.click(within(player).getByRole('link', { name: 'Download recording' }));
  return player;
}

describe('Download recording', () => {
  it('fetches a recording on another host and saves it when that host allows CORS', async () => {
    servedWith(OFF_HOST);
    testServer.use(
      http.get(OFF_HOST.split('?')[0]!, () =>
        HttpResponse.arrayBuffer(new Uint8Array([0x4f, 0x67, 0x67, 0x53]).buffer, {
          headers: { 'Content-Type': 'audio/ogg', 'Access-Control-Allow-Origin': '*' },
        }),
      ),
    );
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderApp(`/calls/${CUSTOM_ID}`);
    await clickDownload(user);

    // The page link itself is not followed (the browser would only play the file)...
    expect(followed[0]).toMatchObject({ href: OFF_HOST, prevented: true });
    // ...a link to the fetched blob is, named for the call.
    await waitFor(() =>
      expect(followed[1]).toEqual({
        href: 'blob:recording',
        download: `call-${CUSTOM_ID}.ogg`,
        prevented: false,
      }),
    );
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob;
    expect(blob.size).toBe(4);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens it in a new tab with a hint when the host does not allow the fetch', async () => {
    servedWith(OFF_HOST);
    testServer.use(http.get(OFF_HOST.split('?')[0]!, () => HttpResponse.error()));
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderApp(`/calls/${CUSTOM_ID}`);
    const player = await clickDownload(user);

    await waitFor(() =>
      expect(open).toHaveBeenCalledWith(OFF_HOST, '_blank', 'noopener,noreferrer'),
    );
    expect(
      await within(player).findByText(
        /does not let the console save it, so it opened in a new tab/,
      ),
    ).toBeInTheDocument();
    expect(within(player).getByRole('link', { name: 'Open the recording' })).toHaveAttribute(
      'href',
      OFF_HOST,
    );
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('lets the browser download a same-origin recording by itself', async () => {
    const sameOrigin = `${window.location.origin}/demo/recording.ogg`;
    servedWith(sameOrigin);
    const fetched = vi.fn();
    testServer.use(http.get('/demo/recording.ogg', fetched));
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderApp(`/calls/${CUSTOM_ID}`);
    await clickDownload(user);
    expect(followed).toEqual([
      { href: sameOrigin, download: `call-${CUSTOM_ID}.ogg`, prevented: false },
    ]);
    expect(open).not.toHaveBeenCalled();
    expect(fetched).not.toHaveBeenCalled();
  });
});

describe('recordingFileName / isSameOrigin', () => {
  it('names the file for the call, keeping the extension, safe whatever the id', () => {
    expect(recordingFileName(OFF_HOST, 'call_1')).toBe('call-call_1.ogg');
    expect(recordingFileName('https://x.test/r/audio.MP3?sig=1', 'a/b\\c')).toBe('call-a_b_c.mp3');
    expect(recordingFileName('https://x.test/r/stream', 'c1')).toBe('call-c1-recording');
    expect(recordingFileName('not a url', '')).toBe('call-call-recording');
  });

  it('compares origins, not hosts alone', () => {
    expect(isSameOrigin('https://a.test/x', 'https://a.test')).toBe(true);
    expect(isSameOrigin('http://a.test/x', 'https://a.test')).toBe(false);
    expect(isSameOrigin('https://a.test:8443/x', 'https://a.test')).toBe(false);
    expect(isSameOrigin('nonsense', 'https://a.test')).toBe(false);
  });
});
