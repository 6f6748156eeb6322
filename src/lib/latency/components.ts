import type { LatencyEvent } from './events';
import { COMPONENT_KEYS, type ComponentKey } from './segments';
import { distribution } from './stats';

/** One of the four API latency components, read defensively. */
export interface ComponentStats {
  key: ComponentKey;
  /** False when `latency[key]` is absent or not an object: said to be missing, never drawn. */
  present: boolean;
  avgMs: number | null;
  p50Ms: number | null;
  minMs: number | null;
  maxMs: number | null;
  samples: number | null;
  provider: string | null;
  /** From the per-turn events of this type; null when there are none. */
  p90Ms: number | null;
  p95Ms: number | null;
  eventCount: number;
  /**
   * The API's `samples` and the number of events of this type differ: the API's aggregates and
   * the figures computed from events then describe different sets of measurements.
   */
  samplesMismatch: boolean;
  /** Field names that were present but not usable numbers, for the data-quality list. */
  badFields: string[];
}

function readNumber(obj: Record<string, unknown>, field: string, bad: string[]): number | null {
  if (!(field in obj) || obj[field] === null || obj[field] === undefined) return null;
  const v = obj[field];
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  bad.push(field);
  return null;
}

export function readComponents(
  latency: Record<string, unknown> | null,
  events: readonly LatencyEvent[],
): ComponentStats[] {
  const valuesByType = new Map<string, number[]>();
  for (const e of events) {
    const list = valuesByType.get(e.type);
    if (list) list.push(e.ms);
    else valuesByType.set(e.type, [e.ms]);
  }
  return COMPONENT_KEYS.map((key) => {
    const raw = latency?.[key];
    const fromEvents = distribution(valuesByType.get(key) ?? []);
    const base = {
      key,
      p90Ms: fromEvents.p90,
      p95Ms: fromEvents.p95,
      eventCount: fromEvents.count,
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return {
        ...base,
        present: false,
        avgMs: null,
        p50Ms: null,
        minMs: null,
        maxMs: null,
        samples: null,
        samplesMismatch: false,
        provider: null,
        badFields: raw === undefined || raw === null ? [] : ['(not an object)'],
      };
    }
    const obj = raw as Record<string, unknown>;
    const bad: string[] = [];
    const provider = typeof obj.provider === 'string' && obj.provider.trim() ? obj.provider : null;
    const samples = readNumber(obj, 'samples', bad);
    return {
      ...base,
      present: true,
      avgMs: readNumber(obj, 'avg_ms', bad),
      p50Ms: readNumber(obj, 'p50_ms', bad),
      minMs: readNumber(obj, 'min_ms', bad),
      maxMs: readNumber(obj, 'max_ms', bad),
      samples,
      samplesMismatch: samples !== null && samples !== fromEvents.count,
      provider,
      badFields: bad,
    };
  });
}
