import { useEffect, useState } from 'react';
import { renderNow } from '../../lib/renderEnv';

/**
 * The current time, re-rendering every `intervalMs` while `enabled`: ticking durations,
 * "updated 3 s ago", "2 min ago".
 */
export function useNow(intervalMs = 1_000, enabled = true): number {
  // A hydrating render starts from the server's clock, so its text matches the server HTML.
  const [now, setNow] = useState(renderNow);
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [enabled, intervalMs]);
  return now;
}
