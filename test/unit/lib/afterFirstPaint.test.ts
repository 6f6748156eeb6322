import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, FIRST_PAINT_WAIT_MS } from '../../../src/lib/afterFirstPaint';
import { fakePaintTiming } from '../support/paintTiming';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, then runs in a task of its own', async () => {
    const paint = fakePaintTiming();
    const run = vi.fn();
    afterFirstPaint(run);
    paint.report('first-paint');
    await nextTask();
    expect(run).not.toHaveBeenCalled();
    paint.report('first-contentful-paint');
    expect(run).not.toHaveBeenCalled(); // not inside the observer's callback
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
    expect(paint.connected()).toBe(0);
    paint.report('first-contentful-paint');
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs anyway once the wait is over, on a page that never paints anything contentful', () => {
    vi.useFakeTimers();
    fakePaintTiming();
    const run = vi.fn();
    afterFirstPaint(run);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runOnlyPendingTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not wait in a hidden tab, which presents nothing', async () => {
    fakePaintTiming();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    const run = vi.fn();
    afterFirstPaint(run);
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits two frames where the browser has no paint timing', async () => {
    fakePaintTiming({ supported: false });
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const run = vi.fn();
    afterFirstPaint(run);
    frames.shift()!(0);
    await nextTask();
    expect(run).not.toHaveBeenCalled();
    frames.shift()!(0);
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before or after the paint', async () => {
    const paint = fakePaintTiming();
    const early = vi.fn();
    afterFirstPaint(early)();
    paint.report('first-contentful-paint');
    await nextTask();
    expect(early).not.toHaveBeenCalled();

    const late = vi.fn();
    const cancel = afterFirstPaint(late);
    paint.report('first-contentful-paint');
    cancel();
    await nextTask();
    expect(late).not.toHaveBeenCalled();
  });
});
