import { formatEndReason } from '../../../src/lib/format';
import { longLabel, segmentColour, shortLabel } from '../../../src/lib/latency/segments';

/**
 * Bugs the fuzz found in code outside this suite, reported to the lead and waiting for a fix.
 * While `open()` is true, payloads that hit the bug are skipped (fc.pre) so CI stays green
 * and the fuzz keeps looking for other bugs. `open()` probes the real code, so the moment a
 * fix lands the filter switches itself off and the fuzz checks those payloads again.
 */
export interface KnownBug {
  id: string;
  /** Where the bug shows: only payloads rendered there are skipped. */
  scope: 'everywhere' | 'list';
  where: string;
  symptom: string;
  open: () => boolean;
  hits: (raw: Record<string, unknown>) => boolean;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

export const KNOWN_BUGS: KnownBug[] = [
  {
    id: 'end-reason-prototype-key',
    scope: 'everywhere',
    where: 'src/lib/format.ts formatEndReason',
    symptom:
      'end_reason "toString" (or any Object.prototype key) looks up END_REASONS["toString"], ' +
      'returns a function, and React logs "Functions are not valid as a React child"; the ' +
      'end reason shows blank.',
    open: () => typeof (formatEndReason('toString') as unknown) !== 'string',
    hits: (raw) => typeof raw.end_reason === 'string' && PROTOTYPE_KEYS.includes(raw.end_reason),
  },
  {
    id: 'latency-type-prototype-key',
    scope: 'everywhere',
    where: 'src/lib/latency/segments.ts shortLabel / longLabel / segmentColour',
    symptom:
      'a latency event type "toString" (or any Object.prototype key) returns a function as ' +
      'its label/colour; React logs "Functions are not valid as a React child" in the charts.',
    open: () =>
      [shortLabel('toString'), longLabel('toString'), segmentColour('toString')].some(
        (v) => typeof (v as unknown) !== 'string',
      ),
    hits: (raw) => {
      const events = (raw.latency as { events?: unknown } | null | undefined)?.events;
      return (
        Array.isArray(events) &&
        events.some(
          (e) =>
            typeof e === 'object' &&
            e !== null &&
            PROTOTYPE_KEYS.includes(String((e as { type?: unknown }).type)),
        )
      );
    },
  },
  {
    id: 'component-chart-subnormal-domain',
    scope: 'everywhere',
    where: 'src/components/latency/ComponentChart.tsx (Recharts axis over the component range)',
    symptom:
      'latency {stt: {avg_ms: 5e-324, p50_ms: 5e-324, min_ms: 5e-324, max_ms: 5e-324, samples: 3}} ' +
      'makes Recharts throw "[DecimalError] Division by zero" while rendering; nothing catches ' +
      'it below the route, so the whole call page becomes the error page.',
    // Not probed automatically (it needs a chart render): delete this entry once fixed.
    open: () => true,
    hits: (raw) => {
      const latency = raw.latency;
      if (typeof latency !== 'object' || latency === null) return false;
      return Object.values(latency).some(
        (component) =>
          typeof component === 'object' &&
          component !== null &&
          Object.values(component).some(
            (v) => typeof v === 'number' && v !== 0 && Math.abs(v) < 1e-300,
          ),
      );
    },
  },
  {
    id: 'list-row-lone-surrogate-id',
    scope: 'list',
    where: 'src/components/calls/CallRow.tsx: to={`/calls/${encodeURIComponent(call.id)}`}',
    symptom:
      'a listed call whose id holds a lone UTF-16 surrogate (valid JSON: "\\ud800") makes ' +
      'encodeURIComponent throw "URI malformed" while rendering: the whole list becomes the ' +
      'route error page.',
    // Not probed automatically (it needs the component): delete this entry once fixed.
    open: () => true,
    hits: (raw) => typeof raw.id === 'string' && LONE_SURROGATE.test(raw.id),
  },
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a payload would only re-find a bug that is already reported and still open. */
export function hitsOpenBug(raw: unknown, where: 'page' | 'list' = 'page'): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  return KNOWN_BUGS.some(
    (bug) =>
      (bug.scope === 'everywhere' || bug.scope === where) &&
      bug.open() &&
      bug.hits(raw as Record<string, unknown>),
  );
}
