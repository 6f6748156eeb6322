import { describe, expect, it } from 'vitest';
import {
  bucketStart,
  countAbove,
  histogram,
  loadRanges,
  roundMs,
  timeUnitFor,
} from '../../../src/lib/fleet/figures';

const sorted = (...values: number[]) => new Float64Array(values).sort();

describe('fleet figures', () => {
  it('counts values strictly over a limit', () => {
    const values = sorted(100, 800, 800, 801, 2000);
    expect(countAbove(values, 800)).toBe(2);
    expect(countAbove(values, 99)).toBe(5);
    expect(countAbove(values, 2000)).toBe(0);
    expect(countAbove(sorted(), 1)).toBe(0);
  });

  it('bins from 0 in round widths, never more than 30 bins', () => {
    // p99 of 100…500 is 496; with the 800 ms target the bins reach 800: 17 bins of 50.
    const h = histogram(sorted(100, 200, 300, 400, 500), 800);
    expect(h.binMs).toBe(50);
    expect(h.counts).toHaveLength(17);
    expect([h.counts[2], h.counts[4], h.counts[10]]).toEqual([1, 1, 1]);
    expect(h.overflow).toBe(0);
    // An absurd turn does not stretch the axis beyond the 99th percentile: 100 values of 1 s,
    // one of a day. p99 = 1,000 + 0.99 × (86,400,000 − 1,000) ≈ 85.5 million.
    const skewed = sorted(...Array.from({ length: 100 }, () => 1000), 86_400_000);
    const s = histogram(skewed, 800);
    expect(s.counts.length).toBeLessThanOrEqual(30);
    expect(s.counts.reduce((a, b) => a + b, 0) + s.overflow).toBe(101);
    expect(histogram(sorted(), 800)).toMatchObject({ binMs: 50, overflow: 0 });
  });

  it('keeps one load bin per level up to 12 levels, then round-width ranges', () => {
    expect(loadRanges([3, 1, 1, 40])).toEqual({
      binned: false,
      ranges: [
        { from: 1, to: 2 },
        { from: 3, to: 4 },
        { from: 40, to: 41 },
      ],
    });
    // 1–40: width 5 from 0 gives 9 ranges.
    const r = loadRanges(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(r.binned).toBe(true);
    expect(r.ranges.map((x) => x.from)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40]);
    expect(r.ranges.at(-1)).toEqual({ from: 40, to: 45 });
    // An absurd level widens the ranges rather than making thousands.
    const wide = loadRanges([...Array.from({ length: 20 }, (_, i) => i), 1_000_000_000]);
    expect(wide.ranges.length).toBeLessThanOrEqual(12);
  });

  it('picks hours, days or weeks for the window', () => {
    const day = 86_400_000;
    expect(timeUnitFor(0)).toBe('hour');
    expect(timeUnitFor(3 * day)).toBe('hour');
    expect(timeUnitFor(3 * day + 1)).toBe('day');
    expect(timeUnitFor(180 * day)).toBe('day');
    expect(timeUnitFor(181 * day)).toBe('week');
  });

  it('starts buckets on the hour, at local midnight, and on Mondays', () => {
    const at = Date.parse('2026-11-20T23:30:00Z');
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(iso(bucketStart(at, 'hour', 0))).toBe('2026-11-20T23:00:00.000Z');
    expect(iso(bucketStart(at, 'hour', 330))).toBe('2026-11-20T23:30:00.000Z');
    expect(iso(bucketStart(at, 'day', 0))).toBe('2026-11-20T00:00:00.000Z');
    expect(iso(bucketStart(at, 'day', 60))).toBe('2026-11-20T23:00:00.000Z');
    expect(iso(bucketStart(at, 'day', -300))).toBe('2026-11-20T05:00:00.000Z');
    expect(iso(bucketStart(at, 'week', 0))).toBe('2026-11-16T00:00:00.000Z');
  });

  it('rounds to 0.1 ms and sends nothing that JSON cannot carry', () => {
    expect(roundMs(123.456)).toBe(123.5);
    expect([roundMs(NaN), roundMs(Infinity), roundMs(null)]).toEqual([null, null, null]);
    expect(roundMs(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
  });
});
