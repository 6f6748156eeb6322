import type { ComponentStats } from '../../../../lib/latency/components';
import { shortLabel } from '../../../../lib/latency/segments';

/** One bar of the Components chart. */
export interface Row {
  key: string;
  label: string;
  /** [min, max]; undefined when either end is missing, so nothing is drawn (never a 0 bar). */
  range: [number, number] | undefined;
  stats: ComponentStats;
}

export function toRows(components: readonly ComponentStats[]): Row[] {
  return components.map((c) => ({
    key: c.key,
    label: c.present ? shortLabel(c.key) : `${shortLabel(c.key)} (missing)`,
    range: c.minMs !== null && c.maxMs !== null ? [c.minMs, Math.max(c.minMs, c.maxMs)] : undefined,
    stats: c,
  }));
}
