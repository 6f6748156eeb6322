import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { Call } from '../../api/schema';
import { readEvents } from '../../lib/latency/events';
import { groupTurns, type TurnChain } from '../../lib/latency/turns';
import { linkTurnsToMessages, NO_TURN_LINKS } from '../../lib/turnLink';
import { TurnSelectionContext, type TurnSelection } from './TurnSelectionContext';

const TARGET_KEY = 'console.latencyTargetMs';
const DEFAULT_TARGET_MS = 800;
const NO_CHAINS: readonly TurnChain[] = [];

function loadTarget(): number {
  try {
    const saved = Number(localStorage.getItem(TARGET_KEY));
    return Number.isFinite(saved) && saved > 0 ? saved : DEFAULT_TARGET_MS;
  } catch {
    return DEFAULT_TARGET_MS;
  }
}

export function TurnSelectionProvider({ call, children }: { call: Call; children: ReactNode }) {
  const [selectedTurn, selectTurn] = useState<number | null>(null);
  // The provider outlives navigation between calls; a selection belongs to one call.
  const [selectionCallId, setSelectionCallId] = useState(call.id);
  if (selectionCallId !== call.id) {
    setSelectionCallId(call.id);
    selectTurn(null);
  }
  const [targetMs, setTarget] = useState(loadTarget);
  const setTargetMs = useCallback((ms: number) => {
    if (!Number.isFinite(ms) || ms <= 0) return;
    setTarget(ms);
    try {
      localStorage.setItem(TARGET_KEY, String(ms));
    } catch {
      // Not remembered, but still applied.
    }
  }, []);

  // Turn badges and links are latency features: they are worked out in a background render
  // just after the call's first paint (null at first), so a long call's first line does not wait
  // for thousands of turns to be matched to messages.
  const linked = useDeferredValue<Call | null>(call, null);
  const latency = linked === null ? undefined : linked.latency;
  const messages = linked === null ? undefined : linked.messages;
  const chains = useMemo(
    () => (latency === undefined ? NO_CHAINS : groupTurns(readEvents(latency).valid)),
    [latency],
  );
  const chainsByTurn = useMemo(() => new Map(chains.map((c) => [c.turn, c])), [chains]);
  const links = useMemo(
    () => (messages === undefined ? NO_TURN_LINKS : linkTurnsToMessages(messages, chains)),
    [messages, chains],
  );
  const value = useMemo<TurnSelection>(
    () => ({ selectedTurn, selectTurn, links, chainsByTurn, targetMs, setTargetMs }),
    [selectedTurn, links, chainsByTurn, targetMs, setTargetMs],
  );
  return <TurnSelectionContext.Provider value={value}>{children}</TurnSelectionContext.Provider>;
}
