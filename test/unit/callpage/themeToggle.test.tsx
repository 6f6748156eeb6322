import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThemeToggle } from '../../../src/components/shell/ThemeToggle';

type Listener = (e: { matches: boolean }) => void;

function mockSystemTheme() {
  const listeners: Listener[] = [];
  window.matchMedia = vi.fn().mockReturnValue({
    matches: false,
    addEventListener: (_: string, l: Listener) => listeners.push(l),
    removeEventListener: () => undefined,
  });
  return (dark: boolean) => act(() => listeners.forEach((l) => l({ matches: dark })));
}

afterEach(() => {
  document.documentElement.classList.remove('dark');
  // jsdom has no matchMedia of its own.
  delete (window as { matchMedia?: unknown }).matchMedia;
});

describe('ThemeToggle', () => {
  it('follows a system change until the user picks, then keeps the choice', async () => {
    const setSystem = mockSystemTheme();
    render(<ThemeToggle />);
    setSystem(true);
    expect(document.documentElement).toHaveClass('dark');
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(localStorage.getItem('console.theme')).toBe('light');
    setSystem(true);
    expect(document.documentElement).not.toHaveClass('dark');
  });

  it('tells the server the theme it now shows, so the next server-rendered page paints in it', async () => {
    const setSystem = mockSystemTheme();
    render(<ThemeToggle />);
    setSystem(true);
    expect(document.cookie).toContain('console-theme=dark');
    await userEvent.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(document.cookie).toContain('console-theme=light');
  });

  it('on a page the server themed from an old cookie, follows the system theme that changed since', () => {
    mockSystemTheme(); // the system is light now
    document.documentElement.classList.add('dark'); // as the server rendered it
    render(<ThemeToggle />);
    expect(document.documentElement).not.toHaveClass('dark');
    expect(document.cookie).toContain('console-theme=light');
    expect(screen.getByRole('button', { name: 'Switch to dark theme' })).toBeInTheDocument();
  });

  it('keeps a saved choice over the system theme', () => {
    mockSystemTheme();
    localStorage.setItem('console.theme', 'dark');
    document.documentElement.classList.add('dark');
    render(<ThemeToggle />);
    expect(document.documentElement).toHaveClass('dark');
    expect(document.cookie).toContain('console-theme=dark');
  });
});
