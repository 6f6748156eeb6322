import type { IncomingMessage } from 'node:http';

/** Set by public/theme-init.js on every page load: the browser's locale and time zone. */
export const FORMATTING_COOKIE = 'console-formatting';

export interface Formatting {
  locale: string;
  timeZone: string;
}

export function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * The locale and time zone the browser formats with, if it has told us (a first visit has
 * not: that page is rendered by the browser). Both are checked by Intl itself, so a forged
 * cookie can only pick another real locale or zone.
 */
export function formattingOf(req: IncomingMessage): Formatting | null {
  const value = cookie(req, FORMATTING_COOKIE);
  if (!value || value.length > 200) return null;
  let text: string;
  try {
    text = decodeURIComponent(value);
  } catch {
    return null;
  }
  const [locale = '', timeZone = '', ...rest] = text.split(' ');
  if (rest.length > 0 || !locale || !timeZone) return null;
  try {
    if (Intl.getCanonicalLocales(locale)[0] === undefined) return null;
    new Intl.DateTimeFormat(locale, { timeZone });
  } catch {
    return null;
  }
  return { locale, timeZone };
}
