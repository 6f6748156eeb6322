/**
 * The zoom window over the per-turn chart, kept as turn numbers (stable values) rather than
 * array indexes, so a poll that adds turns never moves or resets what the user is looking at.
 */
export interface TurnWindow {
  from: number;
  to: number;
  /**
   * The window ended at the newest turn when set: like a log tail, it keeps showing the newest
   * `size` turns as a live call adds turns.
   */
  followLatest: boolean;
  /** How many turns the window held when it was set (its zoom level). */
  size: number;
}

/** Show every turn up to this many; above it the chart opens on the first DEFAULT_SPAN turns. */
export const FULL_VIEW_MAX = 120;
export const DEFAULT_SPAN = 100;

export interface IndexRange {
  startIndex: number;
  endIndex: number;
}

/** First index whose turn is >= target (turns sorted ascending). */
function lowerBound(turns: readonly number[], target: number): number {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function resolveWindow(
  turns: readonly number[],
  window: TurnWindow | null,
): IndexRange | null {
  const n = turns.length;
  if (n === 0) return null;
  if (!window) {
    return { startIndex: 0, endIndex: n <= FULL_VIEW_MAX ? n - 1 : DEFAULT_SPAN - 1 };
  }
  if (window.followLatest) {
    return { startIndex: Math.max(0, n - Math.max(1, window.size)), endIndex: n - 1 };
  }
  const startIndex = Math.min(lowerBound(turns, window.from), n - 1);
  const endIndex = Math.max(startIndex, Math.min(n - 1, lowerBound(turns, window.to + 1) - 1));
  return { startIndex, endIndex };
}

export function windowFromIndexes(turns: readonly number[], range: IndexRange): TurnWindow {
  const last = turns.length - 1;
  const start = Math.max(0, Math.min(range.startIndex, last));
  const end = Math.max(start, Math.min(range.endIndex, last));
  return {
    from: turns[start]!,
    to: turns[end]!,
    followLatest: end === last,
    size: end - start + 1,
  };
}

/** The window moved (same width) so that `turn` sits in its middle; null if already visible. */
export function windowToShow(
  turns: readonly number[],
  current: IndexRange,
  turn: number,
): TurnWindow | null {
  const index = lowerBound(turns, turn);
  if (index >= turns.length || turns[index] !== turn) return null;
  if (index >= current.startIndex && index <= current.endIndex) return null;
  const span = current.endIndex - current.startIndex;
  const start = Math.max(0, Math.min(turns.length - 1 - span, index - Math.floor(span / 2)));
  return windowFromIndexes(turns, { startIndex: start, endIndex: start + span });
}

/** Zoom limits: fewer bars are unreadable, more make every redraw slow. */
export const MIN_SPAN = 12;
export const MAX_SPAN = 400;

/** The range scaled by `factor` around its centre, clamped to the data and the zoom limits. */
export function zoomRange(count: number, range: IndexRange, factor: number): IndexRange {
  const span = range.endIndex - range.startIndex + 1;
  const next = Math.max(
    Math.min(MIN_SPAN, count),
    Math.min(count, MAX_SPAN, Math.round(span * factor)),
  );
  const centre = (range.startIndex + range.endIndex) / 2;
  const start = Math.max(0, Math.min(count - next, Math.round(centre - (next - 1) / 2)));
  return { startIndex: start, endIndex: start + next - 1 };
}
