import type { Readable, Writable } from 'node:stream';

type Stage = Readable | (Readable & Writable);

/**
 * Pipes `stages` into one another, and returns the last. An error anywhere destroys every stage
 * with it (so the reader of the last sees it); the last closing early (its reader went away)
 * destroys the rest, which abandons the upstream request. Like stream.pipeline(), without the
 * AbortController (and DOMException) that pipeline() makes and fires for every stream it ends,
 * which showed up in profiles at several percent of a read's CPU.
 */
export function chain(stages: Stage[], onDone: (error: Error | null) => void): Readable {
  const last = stages.at(-1)!;
  let done = false;
  const finish = (error: Error | null) => {
    if (done) return;
    done = true;
    if (error) for (const s of stages) if (!s.destroyed) s.destroy(error);
    onDone(error);
  };
  for (const [i, stage] of stages.entries()) {
    const next = stages[i + 1];
    if (next) stage.pipe(next as Writable);
    stage.once('error', finish);
  }
  last.once('end', () => finish(null));
  last.once('close', () => {
    if (!last.readableEnded) {
      for (const s of stages) if (!s.destroyed) s.destroy();
      finish(new Error('the reader went away'));
    }
  });
  return last;
}
