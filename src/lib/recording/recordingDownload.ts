/**
 * Saving a recording. `<a download>` only works for a same-origin link: for a signed link on a
 * storage host the browser ignores it and just plays the file. So a cross-origin recording is
 * fetched as a blob (possible only when that host allows CORS and the page's CSP allows the
 * connection) and saved from memory; when that fails it is opened in a new tab, where the
 * browser's own Save works, and the page says so.
 */
import { saveBlob } from '../saveBlob';

export function isSameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** "call-<id>.ogg": the id (opaque, so made file-safe) and the extension the link's path has. */
export function recordingFileName(url: string, callId: string): string {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // not a URL: no extension to keep
  }
  const ext = /\.([a-z0-9]{2,5})$/i.exec(path)?.[1]?.toLowerCase();
  const id = callId.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'call';
  return `call-${id}${ext ? `.${ext}` : '-recording'}`;
}

export type DownloadResult =
  /** Fetched and handed to the browser's downloads. */
  | 'saved'
  /** The host refused the fetch (no CORS, CSP, network): opened in a new tab instead. */
  | 'opened';

/** Downloads a cross-origin recording, or opens it in a new tab when it cannot be fetched. */
export async function downloadCrossOrigin(url: string, fileName: string): Promise<DownloadResult> {
  try {
    const response = await fetch(url, { mode: 'cors', credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    if (!saveBlob(await response.blob(), fileName)) throw new Error('cannot save a blob here');
    return 'saved';
  } catch {
    window.open(url, '_blank', 'noopener,noreferrer');
    return 'opened';
  }
}
