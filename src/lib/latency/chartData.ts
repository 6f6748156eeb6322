import { longLabel, orderTypes, segmentColour, isToolType, shortLabel } from './segments';
import type { TurnChain } from './turns';

/** One stacked series of the per-turn chart. Keys are s0, s1…: type names such as
 * "tool:a.b" cannot be dataKeys, because Recharts reads dotted keys as paths. */
export interface ChainSeries {
  key: string;
  types: string[];
  label: string;
  longLabel: string;
  colour: string;
}

export interface ChainRow {
  turn: number;
  total: number;
  [seriesKey: string]: number;
}

/** More types than this get folded into one "Other types" series, to keep the legend readable. */
export const MAX_SERIES = 10;

export function chainSeries(byType: readonly { type: string; ms: number }[]): ChainSeries[] {
  let kept = byType.map((t) => t.type);
  let folded: string[] = [];
  if (kept.length > MAX_SERIES) {
    const biggest = new Set(
      [...byType]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, MAX_SERIES - 1)
        .map((t) => t.type),
    );
    folded = kept.filter((t) => !biggest.has(t));
    kept = orderTypes(kept.filter((t) => biggest.has(t)));
  }
  let tools = 0;
  let others = 0;
  const series: ChainSeries[] = kept.map((type, i) => ({
    key: `s${i}`,
    types: [type],
    label: shortLabel(type),
    longLabel: longLabel(type),
    colour: segmentColour(type, isToolType(type) ? tools++ : others++),
  }));
  if (folded.length > 0) {
    series.push({
      key: `s${series.length}`,
      types: folded,
      label: 'Other',
      longLabel: `Other types (${folded.join(', ')})`,
      colour: '#a8a29e',
    });
  }
  return series;
}

/** One row per turn; a type absent from a turn is left out of the row (not drawn, not 0). */
export function chainRows(
  chains: readonly TurnChain[],
  series: readonly ChainSeries[],
): ChainRow[] {
  const keyOf = new Map<string, string>();
  for (const s of series) for (const t of s.types) keyOf.set(t, s.key);
  return chains.map((chain) => {
    const row: ChainRow = { turn: chain.turn, total: chain.totalMs };
    for (const seg of chain.segments) {
      const key = keyOf.get(seg.type);
      if (key) row[key] = (row[key] ?? 0) + seg.ms;
    }
    return row;
  });
}
