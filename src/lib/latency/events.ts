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
}

export function readEvents(latency: Record<string, unknown> | null): EventReadout {
  const readout: EventReadout = { valid: [], invalid: [] };
  const events = latency?.events;
  if (!Array.isArray(events)) return readout;
  for (const raw of events) {
    if (typeof raw !== 'object' || raw === null) {
      readout.invalid.push({ raw, reason: 'not an object' });
      continue;
    }
    const { turn, type, ms } = raw as Record<string, unknown>;
    if (typeof turn !== 'number' || !Number.isInteger(turn)) {
      readout.invalid.push({ raw, reason: 'no turn number' });
    } else if (typeof ms !== 'number' || !Number.isFinite(ms)) {
      readout.invalid.push({ raw, reason: 'ms is not a number' });
    } else if (ms < 0) {
      readout.invalid.push({ raw, reason: 'negative ms' });
    } else {
      readout.valid.push({ turn, type: typeof type === 'string' && type ? type : 'unknown', ms });
    }
  }
  return readout;
}

export function turnTotals(events: readonly LatencyEvent[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const e of events) totals.set(e.turn, (totals.get(e.turn) ?? 0) + e.ms);
  return totals;
}
