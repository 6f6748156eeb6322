import { useEffect, useSyncExternalStore } from 'react';
import { rememberInCookie } from '../../lib/cookie';
import { renderEnv } from '../../lib/renderEnv';
import { Button } from '../ui/Button';

type Theme = 'light' | 'dark';
const STORAGE_KEY = 'console.theme';

function currentTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

/**
 * The theme lives on <html>: set before first paint by public/theme-init.js, or by the server
 * from the theme cookie on a server-rendered page.
 */
const themeListeners = new Set<() => void>();
function subscribeTheme(onChange: () => void): () => void {
  themeListeners.add(onChange);
  return () => themeListeners.delete(onChange);
}
function applyTheme(theme: Theme) {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  writeThemeCookie(theme);
  themeListeners.forEach((notify) => notify());
}
/** The server renders the next call page in this theme (server/ssr/theme.ts). */
function writeThemeCookie(theme: Theme) {
  rememberInCookie('console-theme', theme);
}
function systemTheme(): Theme | null {
  if (typeof window.matchMedia !== 'function') return null;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
// The theme the server rendered with (its cookie; light when it had none), so the server HTML
// and the first client render never disagree; React then re-renders with the page's own.
const serverTheme = (): Theme => renderEnv().theme ?? 'light';

function savedTheme(): Theme | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'dark' || saved === 'light' ? saved : null;
  } catch {
    return null;
  }
}

/**
 * Follows the system until the user picks; the choice is remembered (see public/theme-init.js).
 * Until then, a change of the system setting (e.g. the OS switching to dark at night) applies live.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, serverTheme);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';

  useEffect(() => {
    // A server-rendered page took its theme from the cookie (no theme-init.js): should the
    // system theme have changed since, follow it now, and keep the cookie current either way.
    const wanted = savedTheme() ?? systemTheme();
    if (wanted !== null && wanted !== currentTheme()) applyTheme(wanted);
    else writeThemeCookie(currentTheme());
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = (e: MediaQueryListEvent) => {
      if (savedTheme() !== null) return;
      const system: Theme = e.matches ? 'dark' : 'light';
      applyTheme(system);
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  return (
    <Button
      size="sm"
      onClick={() => {
        applyTheme(next);
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Storage can be blocked; the toggle still works for this page.
        }
      }}
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀︎' : '☾'}</span>
    </Button>
  );
}
