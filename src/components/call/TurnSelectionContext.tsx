import { createContext, useContext } from 'react';
import type { TurnChain } from '../../lib/latency/turns';
import { NO_TURN_LINKS, type TurnLinks } from '../../lib/turnLink';

/**
 * Shared between the latency section (which selects turns) and the conversation
 * (which highlights and scrolls to the selected turn's messages and shows per-turn badges).
 */
export interface TurnSelection {
  selectedTurn: number | null;
  selectTurn: (turn: number | null) => void;
  links: TurnLinks;
  /** Each measured turn's chain: its total (sum of its valid events) and whether it is complete. */
  chainsByTurn: ReadonlyMap<number, TurnChain>;
  /** The "feels natural" target, 800 ms by default; configurable and remembered. */
  targetMs: number;
  setTargetMs: (ms: number) => void;
}

export const TurnSelectionContext = createContext<TurnSelection>({
  selectedTurn: null,
  selectTurn: () => undefined,
  links: NO_TURN_LINKS,
  chainsByTurn: new Map(),
  targetMs: 800,
  setTargetMs: () => undefined,
});

export function useTurnSelection() {
  return useContext(TurnSelectionContext);
}
