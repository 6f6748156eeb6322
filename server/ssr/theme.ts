import type { IncomingMessage } from 'node:http';
import { cookie } from './formatting.ts';

/** Set by public/theme-init.js and the theme toggle: the theme the browser last showed. */
export const THEME_COOKIE = 'console-theme';

export type Theme = 'dark' | 'light';

/** The theme to render the page in, when the browser has said; only two values are accepted. */
export function themeOf(req: IncomingMessage): Theme | null {
  const value = cookie(req, THEME_COOKIE);
  return value === 'dark' || value === 'light' ? value : null;
}

const THEME_SCRIPT = /<script src="\/theme-init\.js"><\/script>/;

/**
 * A page whose theme the server knows: <html> carries it, and theme-init.js, which would
 * otherwise run before the first paint (~45 ms of main thread in a Chromium trace, most of it
 * storage and media-query setup), is left out. The app keeps the cookie current and follows a
 * system theme that changed since (ThemeToggle). Unknown theme: the page is left as it is.
 */
export function withTheme(page: string, theme: Theme | null): string {
  if (theme === null || !THEME_SCRIPT.test(page)) return page;
  const themed = page.replace(THEME_SCRIPT, '');
  return theme === 'dark' ? themed.replace(/<html([^>]*)>/i, '<html$1 class="dark">') : themed;
}
