import { useEffect, useState } from 'react';
import { renderEnv } from '../../lib/renderEnv';
import { useHydrated } from './useHydrated';

/**
 * The current time, re-rendering every `intervalMs` while `enabled`: ticking durations,
 * "updated 3 s ago", "2 min ago".
 */
export function useNow(intervalMs = 1_000, enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  // The server's render, and the browser's hydration of it, read the server's clock, so a live
  // call's running duration is the same text in both (src/lib/renderEnv.ts).
  const hydrated = useHydrated();
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [enabled, intervalMs]);
  return hydrated ? now : (renderEnv().now ?? now);
}
