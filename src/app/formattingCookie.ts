import { rememberInCookie } from '../lib/cookie';
import { browserFormatting } from './ssrData';

/** Read by server/ssr/formatting.ts: a call page is rendered on the server only once it is set. */
export const FORMATTING_COOKIE = 'console-formatting';

/**
 * Tells the server the locale and time zone this browser formats with, so the next call page
 * can be rendered there exactly as this browser would. Not on the first screen's path: Intl's
 * first use costs tens of milliseconds on a slow machine (measured in a Chromium trace).
 */
export function rememberFormatting({ locale, timeZone } = browserFormatting()): void {
  rememberInCookie(FORMATTING_COOKIE, `${locale} ${timeZone}`);
}
