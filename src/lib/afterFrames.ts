/**
 * Runs `run` once the browser has drawn `frames` frames, in a task of its own after the last
 * one (so after that frame's paint, not before it). A hidden tab draws no frames: there it runs
 * in the next task, so work deferred for the paint's sake is not held back until the tab is
 * shown. Returns a function that cancels it.
 */
export function afterFrames(frames: number, run: () => void): () => void {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    timer = setTimeout(run, 0);
  };
  if (frames <= 0 || document.visibilityState === 'hidden') later();
  else {
    let left = frames;
    const onFrame = () => {
      left -= 1;
      if (left === 0) later();
      else frame = requestAnimationFrame(onFrame);
    };
    frame = requestAnimationFrame(onFrame);
  }
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
