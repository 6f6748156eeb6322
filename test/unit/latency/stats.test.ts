import { describe, expect, it } from 'vitest';
import { distribution, mean, percentile } from '../../../src/lib/latency/stats';

describe('percentile (linear interpolation between closest ranks)', () => {
  it('matches hand-computed values', () => {
    // sorted: 100 200 300 400 500; rank = p/100 * 4
    const v = [300, 100, 500, 200, 400];
    expect(percentile(v, 50)).toBe(300);
    expect(percentile(v, 90)).toBeCloseTo(460); // rank 3.6 → 400 + 0.6*100
    expect(percentile(v, 95)).toBeCloseTo(480); // rank 3.8 → 400 + 0.8*100
    expect(percentile(v, 0)).toBe(100);
    expect(percentile(v, 100)).toBe(500);
  });
  it('averages the middle pair for an even count, like the API p50', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
  });
  it('returns the only value for one sample, null for none or a bad p', () => {
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNull();
    expect(percentile([1, 2], Number.NaN)).toBeNull();
    expect(percentile([1, 2], 101)).toBeNull();
  });
  it('does not reorder its input', () => {
    const v = [3, 1, 2];
    percentile(v, 50);
    expect(v).toEqual([3, 1, 2]);
  });
});

describe('distribution', () => {
  it('summarises hand-computed values', () => {
    // sorted 100..1000 step 100 (10 values): rank 0.9*9 = 8.1 → 900 + 0.1*100 = 910
    const d = distribution([1000, 100, 900, 200, 800, 300, 700, 400, 600, 500]);
    expect(d).toMatchObject({ count: 10, min: 100, max: 1000, avg: 550, p50: 550 });
    expect(d.p90).toBeCloseTo(910); // rank 8.1 → 900 + 0.1 * 100
    expect(d.p95).toBeCloseTo(955); // rank 8.55 → 900 + 0.55 * 100
  });
  it('is all null for no values, never NaN', () => {
    expect(distribution([])).toEqual({
      count: 0,
      min: null,
      max: null,
      avg: null,
      p50: null,
      p90: null,
      p95: null,
    });
    expect(mean([])).toBeNull();
  });
});
