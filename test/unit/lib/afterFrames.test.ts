import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFrames } from '../../../src/lib/afterFrames';

/** Frames by hand: each call of nextFrame runs the callbacks requested before it. */
function handFrames() {
  let due = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    due.set(++id, callback);
    return id;
  });
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((handle) => {
    due.delete(handle);
  });
  return () => {
    const now = due;
    due = new Map();
    for (const callback of now.values()) callback(performance.now());
  };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('afterFrames', () => {
  it('runs in a task after the given number of frames, not before', async () => {
    const nextFrame = handFrames();
    const run = vi.fn();
    afterFrames(2, run);
    nextFrame();
    await nextTask();
    expect(run).not.toHaveBeenCalled();
    nextFrame();
    expect(run).not.toHaveBeenCalled(); // not inside the frame itself
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not wait for frames in a hidden tab, which draws none', async () => {
    handFrames();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    const run = vi.fn();
    afterFrames(2, run);
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled while it waits for a frame or for its task', async () => {
    const nextFrame = handFrames();
    const early = vi.fn();
    afterFrames(1, early)();
    nextFrame();
    await nextTask();
    expect(early).not.toHaveBeenCalled();

    const late = vi.fn();
    const cancel = afterFrames(1, late);
    nextFrame();
    cancel();
    await nextTask();
    expect(late).not.toHaveBeenCalled();
  });
});
