import { useEffect, useState } from 'react';
import { afterFrames } from '../../lib/afterFrames';

/**
 * False for the first painted frame, then true once `load` (a chunk's preload) has settled.
 * Heavy, non-essential parts (the charts) mount then, so downloading and evaluating them does
 * not delay the first conversation line, and they mount already loaded: a component that
 * suspended would be held back by React's Suspense throttle (src/lib/lazyWithPreload.ts).
 * A failed load also ends the wait, so the section's error boundary can show the failure.
 *
 * It starts after the second frame, not the first: the page's eight deferred parts each
 * render in their own task, and queued right after the first frame they ran before anything
 * else the browser had queued then (10–30 ms in a Chromium trace of a click from the list).
 * In a hidden tab (a call link opened in the background) they load at once.
 */
export function useAfterFirstPaint(load: () => Promise<unknown>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const cancel = afterFrames(2, () => {
      const done = () => {
        if (live) setReady(true);
      };
      load().then(done, done);
    });
    return () => {
      live = false;
      cancel();
    };
  }, [load]);
  return ready;
}
