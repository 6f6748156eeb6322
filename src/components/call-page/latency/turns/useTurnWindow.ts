import { useCallback, useState } from 'react';
import {
  resolveWindow,
  windowFromIndexes,
  windowToShow,
  type IndexRange,
  type TurnWindow,
} from '../../../../lib/latency/window';

/**
 * The window of turns the chart shows (its zoom), and the selection it follows. Zoom is kept as
 * turn numbers, so polls that add turns never reset it; a turn selected elsewhere (the
 * conversation) moves the window to it.
 */
export function useTurnWindow(
  turnNumbers: readonly number[],
  selectedTurn: number | null,
  selectTurn: (turn: number | null) => void,
) {
  const [zoom, setZoom] = useState<TurnWindow | null>(null);
  const range = resolveWindow(turnNumbers, zoom) ?? { startIndex: 0, endIndex: 0 };

  const [shownSelection, setShownSelection] = useState(selectedTurn);
  if (selectedTurn !== shownSelection) {
    setShownSelection(selectedTurn);
    if (selectedTurn !== null) {
      const moved = windowToShow(turnNumbers, range, selectedTurn);
      if (moved) setZoom(moved);
    }
  }

  const onRangeChange = useCallback(
    (next: IndexRange) => setZoom(windowFromIndexes(turnNumbers, next)),
    [turnNumbers],
  );
  /** Selects a turn and brings it into the chart, even when it was already selected. */
  const reveal = (turn: number) => {
    selectTurn(turn);
    const moved = windowToShow(turnNumbers, range, turn);
    if (moved) setZoom(moved);
  };
  return { range, onRangeChange, reveal };
}
