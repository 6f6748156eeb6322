import { useEffect, useState } from 'react';

/**
 * The current time, re-rendering every `intervalMs` while `enabled`: ticking durations,
 * "updated 3 s ago", "2 min ago".
 */
export function useNow(intervalMs = 1_000, enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [enabled, intervalMs]);
  return now;
}
