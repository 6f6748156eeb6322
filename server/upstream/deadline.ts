/**
 * One upstream request's abort signal: it fires when the API has not answered (headers) within
 * `ms`, or when the caller gives up (the browser went away). After the headers, the idle limit on
 * the body is the HTTP client's `bodyTimeout`; the caller's signal still cuts the body.
 */
export interface Deadline {
  signal: AbortSignal;
  /** True once the deadline (not the caller) aborted the request. */
  readonly timedOut: boolean;
  /** The headers arrived: stop the clock, keep following the caller. */
  answered: () => void;
  /** The request is over: forget the caller's signal too. */
  release: () => void;
}

export function startDeadline(ms: number, caller?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`no answer within ${ms} ms`));
  }, ms);
  const follow = () => controller.abort(caller?.reason);
  if (caller?.aborted) follow();
  else caller?.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    answered: () => clearTimeout(timer),
    release: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', follow);
    },
  };
}
