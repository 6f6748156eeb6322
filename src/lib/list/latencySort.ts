import type { CallLatencyColumns } from '../fleet/callLatency';

/**
 * Sorting the loaded page by its latency columns (the API documents no sort order, so this is
 * within the page only). Calls without a figure go last in either direction.
 */
export const LATENCY_SORT_KEYS = ['median', 'slowest', 'over'] as const;
export type LatencySortKey = (typeof LATENCY_SORT_KEYS)[number];
export interface LatencySort {
  key: LatencySortKey;
  dir: 'asc' | 'desc';
}

export function parseLatencySort(value: string): LatencySort | null {
  const [key, dir] = value.split('-');
  return (LATENCY_SORT_KEYS as readonly string[]).includes(key ?? '') &&
    (dir === 'asc' || dir === 'desc')
    ? { key: key as LatencySortKey, dir }
    : null;
}

export const writeLatencySort = (sort: LatencySort | null): string =>
  sort ? `${sort.key}-${sort.dir}` : '';

/** The next sort when a column header is pressed: slowest first, then the reverse. */
export function nextLatencySort(current: LatencySort | null, key: LatencySortKey): LatencySort {
  return current?.key === key && current.dir === 'desc'
    ? { key, dir: 'asc' }
    : { key, dir: 'desc' };
}

function valueOf(columns: CallLatencyColumns | undefined, key: LatencySortKey): number | null {
  if (!columns) return null;
  if (key === 'median') return columns.medianMs;
  if (key === 'slowest') return columns.slowest?.ms ?? null;
  // No complete turn: nothing to be over target, and not the same as 0 over target.
  return columns.completeTurns > 0 ? columns.overTarget : null;
}

/** A stable sort of `items` (ties keep the API's order). */
export function sortByLatency<T>(
  items: readonly T[],
  columnsOf: (item: T) => CallLatencyColumns | undefined,
  sort: LatencySort | null,
): T[] {
  if (!sort) return [...items];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return items
    .map((item, index) => ({ item, index, value: valueOf(columnsOf(item), sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      }
      return (a.value - b.value) * sign || a.index - b.index;
    })
    .map((entry) => entry.item);
}
