import { describe, expect, it } from 'vitest';
import { resolveWindow, windowFromIndexes, windowToShow } from '../../../src/lib/latency/window';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('turn window', () => {
  it('shows every turn of a short call and the first 100 of a long one by default', () => {
    expect(resolveWindow(range(14), null)).toEqual({ startIndex: 0, endIndex: 13 });
    expect(resolveWindow(range(2000), null)).toEqual({ startIndex: 0, endIndex: 99 });
    expect(resolveWindow([], null)).toBeNull();
  });
  it('stays on the same turns when new turns arrive', () => {
    const w = windowFromIndexes(range(10), { startIndex: 2, endIndex: 5 });
    expect(w).toEqual({ from: 3, to: 6, followLatest: false, size: 4 });
    expect(resolveWindow(range(12), w)).toEqual({ startIndex: 2, endIndex: 5 });
  });
  it('keeps showing the newest turns, at the same zoom, when the window ended there', () => {
    const w = windowFromIndexes(range(10), { startIndex: 4, endIndex: 9 });
    expect(w.followLatest).toBe(true);
    expect(resolveWindow(range(12), w)).toEqual({ startIndex: 6, endIndex: 11 });
  });
  it('maps turn numbers with gaps to indexes', () => {
    const turns = [1, 2, 5, 9, 10];
    expect(resolveWindow(turns, { from: 3, to: 9, followLatest: false, size: 2 })).toEqual({
      startIndex: 2,
      endIndex: 3,
    });
  });
  it('moves the window, keeping its width, to show a selected turn', () => {
    const turns = range(2000);
    expect(windowToShow(turns, { startIndex: 0, endIndex: 99 }, 50)).toBeNull();
    expect(windowToShow(turns, { startIndex: 0, endIndex: 99 }, 1000)).toEqual({
      from: 951,
      to: 1050,
      followLatest: false,
      size: 100,
    });
    expect(windowToShow(turns, { startIndex: 0, endIndex: 99 }, 1999)).toEqual({
      from: 1901,
      to: 2000,
      followLatest: true,
      size: 100,
    });
    expect(windowToShow(turns, { startIndex: 0, endIndex: 99 }, 5000)).toBeNull();
  });
});

describe('zoomRange', () => {
  it('halves and doubles the window around its centre within the limits', async () => {
    const { zoomRange } = await import('../../../src/lib/latency/window');
    const zoom = (total: number, [startIndex, endIndex]: [number, number], factor: number) => {
      const range = zoomRange(total, { startIndex, endIndex }, factor);
      return [range.startIndex, range.endIndex];
    };
    expect(zoom(2000, [100, 199], 0.5)).toEqual([125, 174]);
    expect(zoom(2000, [0, 99], 2)).toEqual([0, 199]);
    expect(zoom(2000, [0, 299], 2)).toEqual([0, 399]);
    expect(zoom(2000, [0, 15], 0.5)).toEqual([2, 13]);
    expect(zoom(30, [0, 29], 2)).toEqual([0, 29]);
  });
});
