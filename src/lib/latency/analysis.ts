import { readComponents, type ComponentStats } from './components';
import { readConnect, type ConnectReadout } from './connect';
import { readEvents, type EventReadout } from './events';
import { turnStats, type TurnStats } from './turnStats';
import { groupTurns, timeByType, type TurnChain } from './turns';

export interface DataWarning {
  message: string;
  /** The offending value as short JSON text (rendered as text, never as markup). */
  detail: string | null;
}

export interface LatencyAnalysis {
  hasLatency: boolean;
  events: EventReadout;
  chains: TurnChain[];
  /** Complete turns' totals and how many turns are incomplete (src/lib/latency/turnStats.ts). */
  turns: TurnStats;
  byType: { type: string; ms: number; share: number }[];
  components: ComponentStats[];
  connect: ConnectReadout;
  warnings: DataWarning[];
}

function shortJson(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** A call's turn statistics from its raw `latency` object, by the call page's rules. */
export function callTurnStats(latency: Record<string, unknown> | null): TurnStats {
  return turnStats(groupTurns(readEvents(latency).valid));
}

/** Everything the latency section shows, derived once per latency object. */
export function analyseLatency(latency: Record<string, unknown> | null): LatencyAnalysis {
  const events = readEvents(latency);
  const chains = groupTurns(events.valid);
  const components = readComponents(latency, events.valid);
  const warnings: DataWarning[] = [];
  if (events.problem) warnings.push({ message: events.problem, detail: null });
  for (const bad of events.invalid) {
    warnings.push({ message: `Event excluded: ${bad.reason}`, detail: shortJson(bad.raw) });
  }
  for (const c of components) {
    for (const field of c.badFields) {
      warnings.push({
        message: `latency.${c.key}: ${field === '(not an object)' ? 'is not an object' : `${field} is not a usable number`}`,
        detail: shortJson(
          field === '(not an object)'
            ? latency?.[c.key]
            : (latency?.[c.key] as Record<string, unknown>)[field],
        ),
      });
    }
  }
  return {
    hasLatency: latency !== null,
    events,
    chains,
    turns: turnStats(chains),
    byType: timeByType(chains),
    components,
    connect: readConnect(latency),
    warnings,
  };
}
