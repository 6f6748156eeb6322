/** Reading `latency.events` defensively: valid events feed statistics, the rest become warnings. */
export interface LatencyEvent {
  turn: number;
  type: string;
  ms: number;
}

export interface EventReadout {
  valid: LatencyEvent[];
  /** Events left out of the statistics, with the reason, to list as data-quality warnings. */
  invalid: { raw: unknown; reason: string }[];
  /** Set when `latency.events` exists but is not a list (so nothing could be read). */
  problem: string | null;
}

export function readEvents(latency: Record<string, unknown> | null): EventReadout {
  const readout: EventReadout = { valid: [], invalid: [], problem: null };
  const events = latency?.events;
  if (events === undefined || events === null) return readout;
  if (!Array.isArray(events)) {
    readout.problem = `latency.events is not a list (received ${typeof events})`;
    return readout;
  }
  for (const raw of events) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      readout.invalid.push({ raw, reason: 'not an object' });
      continue;
    }
    const { turn, type, ms } = raw as Record<string, unknown>;
    if (typeof turn !== 'number' || !Number.isInteger(turn)) {
      readout.invalid.push({ raw, reason: 'no turn number' });
    } else if (turn < 0) {
      readout.invalid.push({ raw, reason: 'negative turn number' });
    } else if (typeof ms !== 'number' || !Number.isFinite(ms)) {
      readout.invalid.push({ raw, reason: 'ms is not a number' });
    } else if (ms < 0) {
      readout.invalid.push({ raw, reason: 'negative ms' });
    } else {
      readout.valid.push({
        turn,
        type: typeof type === 'string' && type.trim() ? type : 'unknown',
        ms,
      });
    }
  }
  return readout;
}
