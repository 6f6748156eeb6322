import { percentileOfSorted } from '../latency/stats';
import type { FleetMedianP95, FleetStats, Ms } from './wire';

/** 0.1 ms on the wire; NaN and ±Infinity (sums of absurd values) become null. */
export function roundMs(value: number | null | undefined): Ms {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  // Past 2^53 there is nothing to round, and × 10 could overflow to Infinity.
  return Math.abs(value) > Number.MAX_SAFE_INTEGER ? value : Math.round(value * 10) / 10;
}

export function roundShare(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.round(value * 1000) / 1000;
}

/**
 * The call page's percentile (src/lib/latency/stats.ts, linear interpolation) over a sorted
 * typed array. It only reads `length` and indexes, which a Float64Array has; the cast saves
 * copying hundreds of thousands of values into a plain array first.
 */
function pct(sorted: Float64Array, p: number): Ms {
  return roundMs(percentileOfSorted(sorted as unknown as readonly number[], p));
}

export function statsOfSorted(sorted: Float64Array): FleetStats {
  return {
    count: sorted.length,
    p50: pct(sorted, 50),
    p90: pct(sorted, 90),
    p95: pct(sorted, 95),
    p99: pct(sorted, 99),
    max: sorted.length ? roundMs(sorted[sorted.length - 1]) : null,
  };
}

export function medianP95OfSorted(sorted: Float64Array): FleetMedianP95 {
  return { count: sorted.length, p50: pct(sorted, 50), p95: pct(sorted, 95) };
}

/** How many sorted values are strictly greater than `limit`. */
export function countAbove(sorted: Float64Array, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

const HISTOGRAM_STEPS_MS = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000];
export const MAX_HISTOGRAM_BINS = 30;

/**
 * Bins of a round width from 0, covering the 99th percentile and the target (so the target line
 * always falls on the chart); values past the last bin are counted as overflow rather than
 * stretching the axis for one absurd turn.
 */
export function histogram(
  sorted: Float64Array,
  targetMs: number,
): { binMs: number; counts: number[]; overflowFrom: number; overflow: number } {
  const p99 = percentileOfSorted(sorted as unknown as readonly number[], 99) ?? 0;
  const upper = Math.max(Number.isFinite(p99) ? p99 : 0, targetMs);
  let binMs = HISTOGRAM_STEPS_MS.find((s) => Math.floor(upper / s) + 1 <= MAX_HISTOGRAM_BINS);
  if (binMs === undefined) {
    const last = HISTOGRAM_STEPS_MS[HISTOGRAM_STEPS_MS.length - 1]!;
    binMs = last * Math.ceil((Math.floor(upper / last) + 1) / MAX_HISTOGRAM_BINS);
  }
  const binCount = Math.floor(upper / binMs) + 1;
  const counts = new Array<number>(binCount).fill(0);
  const overflowFrom = binCount * binMs;
  let overflow = 0;
  for (const value of sorted) {
    if (value >= overflowFrom) overflow += 1;
    else counts[Math.floor(value / binMs)]! += 1;
  }
  return { binMs, counts, overflowFrom, overflow };
}

const LOAD_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
export const MAX_LOAD_BINS = 12;

/**
 * Ranges of concurrency levels, [from, to): one per level while there are at most
 * MAX_LOAD_BINS distinct levels, else ranges of a round width from a multiple of it.
 */
export function loadRanges(levels: readonly number[]): {
  binned: boolean;
  ranges: { from: number; to: number }[];
} {
  const distinct = [...new Set(levels)].sort((a, b) => a - b);
  if (distinct.length <= MAX_LOAD_BINS) {
    return { binned: false, ranges: distinct.map((l) => ({ from: l, to: l + 1 })) };
  }
  const min = distinct[0]!;
  const max = distinct[distinct.length - 1]!;
  const fits = (w: number) => Math.floor(max / w) - Math.floor(min / w) + 1 <= MAX_LOAD_BINS;
  let width = LOAD_STEPS.find(fits);
  if (width === undefined) {
    width = 1000;
    while (!fits(width)) width *= 10;
  }
  const ranges: { from: number; to: number }[] = [];
  for (let from = Math.floor(min / width) * width; from <= max; from += width) {
    ranges.push({ from, to: from + width });
  }
  return { binned: true, ranges };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
// 1970-01-05 was a Monday: weeks start on Mondays.
const MONDAY = 4 * DAY;

export type TimeUnit = 'hour' | 'day' | 'week';

/** Hours for up to three days, days for up to half a year, weeks beyond. */
export function timeUnitFor(spanMs: number): TimeUnit {
  if (spanMs <= 3 * DAY) return 'hour';
  if (spanMs <= 180 * DAY) return 'day';
  return 'week';
}

/** The start (epoch ms) of the bucket holding `ms`, with days starting at local midnight. */
export function bucketStart(ms: number, unit: TimeUnit, tzOffsetMin: number): number {
  const offset = tzOffsetMin * 60_000;
  const local = ms + offset;
  if (unit === 'hour') return Math.floor(local / HOUR) * HOUR - offset;
  if (unit === 'day') return Math.floor(local / DAY) * DAY - offset;
  return Math.floor((local - MONDAY) / WEEK) * WEEK + MONDAY - offset;
}
