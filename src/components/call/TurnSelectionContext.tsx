import { createContext, useContext } from 'react';
import { NO_TURN_LINKS, type TurnLinks } from '../../lib/turnLink';

/**
 * Shared between the latency section (which selects turns) and the conversation
 * (which highlights and scrolls to the selected turn's messages and shows per-turn badges).
 */
export interface TurnSelection {
  selectedTurn: number | null;
  selectTurn: (turn: number | null) => void;
  links: TurnLinks;
  /** Total response time per turn (sum of that turn's valid events), in ms. */
  turnTotalMs: ReadonlyMap<number, number>;
  /** The "feels natural" target, 800 ms by default; configurable and remembered. */
  targetMs: number;
  setTargetMs: (ms: number) => void;
}

export const TurnSelectionContext = createContext<TurnSelection>({
  selectedTurn: null,
  selectTurn: () => undefined,
  links: NO_TURN_LINKS,
  turnTotalMs: new Map(),
  targetMs: 800,
  setTargetMs: () => undefined,
});

export function useTurnSelection() {
  return useContext(TurnSelectionContext);
}
