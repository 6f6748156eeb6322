import { summariseTurns, type TurnSummary } from './completeness';
import { readEvents } from './events';

export { linkTurnsToMessages } from './turnLink';

/**
 * What the conversation's turn badges need, in one module the call page loads just after its
 * first paint (src/components/call-page/TurnSelectionProvider.tsx), so reading events and matching
 * turns to messages never weighs on the first screen's JavaScript.
 */
export function turnsOfLatency(latency: Record<string, unknown> | null): Map<number, TurnSummary> {
  return summariseTurns(readEvents(latency).valid);
}
