import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { Call } from '../../api/schema';
import type { TurnSummary } from '../../lib/latency/completeness';
import { NO_TURN_LINKS, TurnSelectionContext, type TurnSelection } from './TurnSelectionContext';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useLatencyTarget } from '../shared/useLatencyTarget';
import { loadableModule } from '../../lib/retryableModule';

// A failed load leaves the code null: the page then only lacks its turn badges, and the next
// call opened asks for it again.
const callTurns = loadableModule(() => import('../../lib/latency/callTurns'));

const NO_TURNS: ReadonlyMap<number, TurnSummary> = new Map();

export function TurnSelectionProvider({ call, children }: { call: Call; children: ReactNode }) {
  const [selectedTurn, selectTurn] = useState<number | null>(null);
  // The provider outlives navigation between calls; a selection belongs to one call.
  const [selectionCallId, setSelectionCallId] = useState(call.id);
  if (selectionCallId !== call.id) {
    setSelectionCallId(call.id);
    selectTurn(null);
  }
  const [targetMs, setTargetMs] = useLatencyTarget();

  // Turn badges and links are latency features: their code loads after the call's first paint
  // and they are worked out in a background render (null at first), so a long call's first line
  // waits neither for that code nor for thousands of turns to be matched to messages.
  const code = useAfterFirstPaint(callTurns.load) ? callTurns.current : null;
  const linked = useDeferredValue<Call | null>(call, null);
  const latency = linked === null || code === null ? undefined : linked.latency;
  const messages = linked === null || code === null ? undefined : linked.messages;
  const turnsByNumber = useMemo(
    () => (latency === undefined || code === null ? NO_TURNS : code.turnsOfLatency(latency)),
    [code, latency],
  );
  const links = useMemo(
    () =>
      messages === undefined || code === null
        ? NO_TURN_LINKS
        : code.linkTurnsToMessages(messages, [...turnsByNumber.values()]),
    [code, messages, turnsByNumber],
  );
  const value = useMemo<TurnSelection>(
    () => ({ selectedTurn, selectTurn, links, turnsByNumber, targetMs, setTargetMs }),
    [selectedTurn, links, turnsByNumber, targetMs, setTargetMs],
  );
  return <TurnSelectionContext.Provider value={value}>{children}</TurnSelectionContext.Provider>;
}
