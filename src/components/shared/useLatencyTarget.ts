import { useCallback, useState } from 'react';

/** The response-time target, one setting for the call page and /latency (remembered locally). */
const TARGET_KEY = 'console.latencyTargetMs';
export const DEFAULT_TARGET_MS = 800;

export function loadLatencyTarget(): number {
  try {
    const saved = Number(localStorage.getItem(TARGET_KEY));
    return Number.isFinite(saved) && saved > 0 ? saved : DEFAULT_TARGET_MS;
  } catch {
    return DEFAULT_TARGET_MS;
  }
}

export function useLatencyTarget(): [number, (ms: number) => void] {
  const [targetMs, setTarget] = useState(loadLatencyTarget);
  const setTargetMs = useCallback((ms: number) => {
    if (!Number.isFinite(ms) || ms <= 0) return;
    setTarget(ms);
    try {
      localStorage.setItem(TARGET_KEY, String(ms));
    } catch {
      // Not remembered, but still applied.
    }
  }, []);
  return [targetMs, setTargetMs];
}
