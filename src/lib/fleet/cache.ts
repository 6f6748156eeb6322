import type { FleetAggregator } from './aggregator';
import type { FleetResultLine } from './wire';

/** A window read to its end, kept so that a second view (any target, type or dates) is instant. */
export interface CachedWindow {
  aggregator: FleetAggregator;
  window: FleetResultLine['window'];
  stop: FleetResultLine['stop'];
  /** When it was cached (epoch ms, on the cache's clock), just after its last page. */
  fetchedAt: number;
}

export interface FleetCacheOptions {
  /** How long a window is served from the cache. */
  ttlMs?: number;
  /** Windows kept at most; the oldest goes first. Each costs its aggregator's retainedBytes(). */
  maxEntries?: number;
  now?: () => number;
}

export const FLEET_CACHE_TTL_MS = 60_000;
export const FLEET_CACHE_ENTRIES = 4;

export interface FleetCache {
  get: (key: string) => { entry: CachedWindow; ageMs: number } | null;
  set: (key: string, entry: Omit<CachedWindow, 'fetchedAt'>) => void;
  readonly size: number;
}

/** A short cache of whole windows, keyed by the normalised query (fleetCacheKey). */
export function createFleetCache({
  ttlMs = FLEET_CACHE_TTL_MS,
  maxEntries = FLEET_CACHE_ENTRIES,
  now = () => Date.now(),
}: FleetCacheOptions = {}): FleetCache {
  const entries = new Map<string, CachedWindow>();
  const expire = () => {
    const at = now();
    for (const [key, entry] of entries) if (at - entry.fetchedAt >= ttlMs) entries.delete(key);
  };
  return {
    get(key) {
      expire();
      const entry = entries.get(key);
      return entry ? { entry, ageMs: Math.max(0, now() - entry.fetchedAt) } : null;
    },
    set(key, entry) {
      expire();
      entries.delete(key);
      entries.set(key, { ...entry, fetchedAt: now() });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    get size() {
      expire();
      return entries.size;
    },
  };
}
