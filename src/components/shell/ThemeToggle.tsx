import { useEffect, useState } from 'react';
import { Button } from '../ui/Button';

type Theme = 'light' | 'dark';
const STORAGE_KEY = 'console.theme';

function currentTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

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
  const [theme, setTheme] = useState<Theme>(currentTheme);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';

  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = (e: MediaQueryListEvent) => {
      if (savedTheme() !== null) return;
      const system: Theme = e.matches ? 'dark' : 'light';
      document.documentElement.classList.toggle('dark', system === 'dark');
      setTheme(system);
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  return (
    <Button
      size="sm"
      onClick={() => {
        document.documentElement.classList.toggle('dark', next === 'dark');
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Storage can be blocked; the toggle still works for this page.
        }
        setTheme(next);
      }}
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀︎' : '☾'}</span>
    </Button>
  );
}
