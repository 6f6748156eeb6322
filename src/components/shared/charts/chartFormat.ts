import { formatMs } from '../../../lib/format';

/** Compact labels for axes and bars, without spaces so SVG text never wraps: "800ms", "1.2s". */
export function axisMs(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  if (value === 0) return '0';
  return value >= 1000 ? `${Number((value / 1000).toFixed(2))}s` : `${Math.round(value)}ms`;
}

/** formatMs, with "missing" wording for absent values instead of a dash. */
export function msOrMissing(ms: number | null | undefined): string {
  return ms === null || ms === undefined || !Number.isFinite(ms) ? 'missing' : formatMs(ms);
}

export const tooltipBoxClass =
  'max-w-xs rounded-md border border-slate-200 bg-white px-2 py-1.5 text-xs shadow-md [overflow-wrap:anywhere] dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';

/** Every chart's axis look: small ticks in the text colour, a slate axis line. */
export const axisStyle = { tick: { fill: 'currentColor', fontSize: 11 }, stroke: '#94a3b8' };

/** The faint grid lines behind a chart. */
export const gridStyle = { stroke: '#94a3b8', strokeOpacity: 0.3 };
