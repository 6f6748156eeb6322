import type { ConsoleConfig } from '../api/schema';

import { SSR_DATA_ID } from './ssrId';

export { SSR_DATA_ID };

/**
 * What a server-rendered call page embeds for the browser to hydrate from: the call as the API
 * sent it (scrubbed; the browser parses it with the same schema as a fetched one), and
 * everything else the server's render depended on.
 */
export interface SsrData {
  callId: string;
  call: unknown;
  config: ConsoleConfig;
  locale: string;
  timeZone: string;
  /** The server's clock when it rendered. */
  now: number;
  /** The theme the server rendered <html> and the theme toggle in, if it knew it. */
  theme?: 'dark' | 'light';
  /** When the server read the call (the query's dataUpdatedAt). */
  fetchedAt: number;
}

/**
 * JSON for a `<script type="application/json">` block. Escaping <, > and & means no `</script>`
 * or `<!--` can end the block early; U+2028/2029 are escaped for older JavaScript parsers.
 */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The data block a page carries, or null (a client-rendered page, or one that does not parse). */
export function readSsrData(doc: Document): SsrData | null {
  const text = doc.getElementById(SSR_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as SsrData;
    return typeof data.callId === 'string' && typeof data.now === 'number' ? data : null;
  } catch {
    return null;
  }
}

/** The locale and time zone this browser formats with (what formattingCookie.ts stores). */
export function browserFormatting(): { locale: string; timeZone: string } {
  const { locale, timeZone } = new Intl.DateTimeFormat().resolvedOptions();
  return { locale, timeZone };
}
