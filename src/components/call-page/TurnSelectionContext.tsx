import { createContext, useContext } from 'react';
import type { TurnSummary } from '../../lib/latency/completeness';
import type { TurnLinks } from '../../lib/latency/turnLink';

/**
 * Shared between the latency section (which selects turns) and the conversation
 * (which highlights and scrolls to the selected turn's messages and shows per-turn badges).
 */
export interface TurnSelection {
  selectedTurn: number | null;
  selectTurn: (turn: number | null) => void;
  links: TurnLinks;
  /** Each measured turn's total (sum of its valid events) and whether it is complete. */
  turnsByNumber: ReadonlyMap<number, TurnSummary>;
  /** The "feels natural" target, 800 ms by default; configurable and remembered. */
  targetMs: number;
  setTargetMs: (ms: number) => void;
}

/** Nothing linked (yet): no turns, no messages, or the linking code not loaded. */
export const NO_TURN_LINKS: TurnLinks = {
  agentMessageByTurn: new Map(),
  turnByMessageIndex: new Map(),
  messagesByTurn: new Map(),
  status: { kind: 'none' },
};

export const TurnSelectionContext = createContext<TurnSelection>({
  selectedTurn: null,
  selectTurn: () => undefined,
  links: NO_TURN_LINKS,
  turnsByNumber: new Map(),
  targetMs: 800,
  setTargetMs: () => undefined,
});

export function useTurnSelection() {
  return useContext(TurnSelectionContext);
}
