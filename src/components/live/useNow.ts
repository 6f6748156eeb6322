import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs`, for "updated 3 s ago" and elapsed-time labels. */
export function useNow(everyMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
