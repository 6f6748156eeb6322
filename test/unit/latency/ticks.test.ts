import { describe, expect, it } from 'vitest';
import { msTicks } from '../../../src/lib/latency/ticks';

describe('msTicks', () => {
  it('covers the maximum with round steps', () => {
    expect(msTicks(2410)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(msTicks(1300)).toEqual([0, 500, 1000, 1500]);
    expect(msTicks(180)).toEqual([0, 50, 100, 150, 200]);
    expect(msTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
  });
  it('handles very large and empty ranges', () => {
    expect(msTicks(900_000)).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000]);
    expect(msTicks(0)).toEqual([0, 100]);
    expect(msTicks(Number.NaN)).toEqual([0, 100]);
  });
});
