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
});
