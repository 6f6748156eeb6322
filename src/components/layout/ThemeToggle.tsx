import { useState } from 'react';

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

/** Follows the system until the user picks; the choice is remembered (see public/theme-init.js). */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(currentTheme);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      onClick={() => {
        document.documentElement.classList.toggle('dark', next === 'dark');
        try {
          localStorage.setItem('console.theme', next);
        } catch {
          // Storage can be blocked; the toggle still works for this page.
        }
        setTheme(next);
      }}
      aria-label={`Switch to ${next} theme`}
      className="rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-700"
    >
      {theme === 'dark' ? '☀︎' : '☾'}
    </button>
  );
}
