/** The connect phase: from dispatch to the greeting, as four consecutive phases. */
export const CONNECT_PHASES = [
  { key: 'setup_ms', label: 'Setup', colour: '#94a3b8' },
  { key: 'dispatch_to_answer_ms', label: 'Dispatch → answer', colour: '#0ea5e9' },
  { key: 'answer_to_active_ms', label: 'Answer → active', colour: '#8b5cf6' },
  { key: 'active_to_greeting_ms', label: 'Active → greeting', colour: '#10b981' },
] as const;

export interface ConnectPhase {
  key: string;
  label: string;
  colour: string;
  /** Null when the phase is missing or not a usable number. */
  ms: number | null;
}

export interface ConnectReadout {
  /** False when `latency.connect` is absent altogether. */
  present: boolean;
  phases: ConnectPhase[];
  /** Sum of the phases that are known. */
  knownTotalMs: number;
  missing: string[];
}

export function readConnect(latency: Record<string, unknown> | null): ConnectReadout {
  const raw = latency?.connect;
  const obj =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : null;
  const phases = CONNECT_PHASES.map((p) => {
    const v = obj?.[p.key];
    const ms = typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
    return { key: p.key, label: p.label, colour: p.colour, ms };
  });
  return {
    present: obj !== null,
    phases,
    knownTotalMs: phases.reduce((s, p) => s + (p.ms ?? 0), 0),
    missing: obj ? phases.filter((p) => p.ms === null).map((p) => p.label) : [],
  };
}
