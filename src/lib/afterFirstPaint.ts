import { afterFrames } from './afterFrames';

/** Past this, the work runs anyway: a page that paints nothing contentful is not held back. */
export const FIRST_PAINT_WAIT_MS = 500;

/**
 * Runs `run` in a task once the browser reports the page's first contentful paint: presented,
 * not just drawn on the main thread. On a server-rendered page, script that runs between the
 * first frame's main-thread work and its presentation (Intl and storage set-up, parsing the
 * embedded call, hydration) competes with raster for the CPU and delays what the reader sees.
 * A hidden tab presents nothing: there it runs in the next task, as `afterFrames` does. Without
 * paint timing, it waits two frames. Returns a function that cancels it.
 */
export function afterFirstPaint(run: () => void): () => void {
  if (document.visibilityState === 'hidden') return afterFrames(0, run);
  const supported =
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
  if (!supported) return afterFrames(2, run);
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) finish();
  });
  function finish() {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(cap);
    timer = setTimeout(run, 0);
  }
  const cap = setTimeout(finish, FIRST_PAINT_WAIT_MS);
  // buffered: a paint that happened before this call is reported too.
  observer.observe({ type: 'paint', buffered: true });
  return () => {
    done = true;
    observer.disconnect();
    clearTimeout(cap);
    if (timer !== undefined) clearTimeout(timer);
  };
}
