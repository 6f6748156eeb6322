import { isEndedCall, isLiveCall } from './callStatus';
import { ApiError, isApiError } from './errors';
import type { Call } from './schema';

/**
 * What a failed stop request tells about the call. Only a definite answer may be reported as
 * such; everything else leaves the outcome unknown, because the stop may have reached the call
 * and only its answer was lost (a 502 from a proxy, a cut connection, a timeout, a 200 whose body
 * cannot be read, the console's own audit write failing after the API answered).
 */
export type StopFailure =
  /** The API (or the console server, before sending) refused it: the call was not stopped. */
  | 'refused'
  /** 429: not stopped; Retry-After says when to try again. */
  | 'rate-limited'
  /** 409: the call had already ended, so there was nothing to stop. */
  | 'already-ended'
  /** No definite answer: the stop may have reached the call. */
  | 'unknown';

/** 400 and 403 also come from the console server itself, which answers them before sending. */
const REFUSED = new Set([400, 401, 403, 404, 422]);

export function classifyStopFailure(error: unknown): StopFailure {
  if (!isApiError(error)) return 'unknown';
  // Thrown in the browser before any request went out (an id that cannot be sent).
  if (error.status === null && error.kind === 'validation') return 'refused';
  if (error.status === 409) return 'already-ended';
  if (error.status === 429) return 'rate-limited';
  if (error.status !== null && REFUSED.has(error.status)) return 'refused';
  return 'unknown';
}

/** Any thrown value as an ApiError, so an unexpected failure is still reported, not lost. */
export function asApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  return new ApiError({
    kind: 'bad_response',
    message: error instanceof Error ? error.message : String(error),
    raw: String(error),
  });
}

export type StopOutcome =
  /** The call was live and the stop ended it. */
  | 'stopped'
  /** It had already ended (the agent hung up, a timeout, …): the API's stop was a no-op. */
  | 'already-ended'
  /** The API accepted the stop but still reports the call running (or possibly running). */
  | 'still-live';

/**
 * What a stop did, from the call as the page showed it before and as the API returned it.
 * The API documents no "already ended" signal, so two clues are read: the page already knew it
 * had ended, or it ended for a reason other than api_stop (the agent's end_call tool, a timeout).
 */
export function stopOutcome(before: Call | null, after: Call): StopOutcome {
  if (isLiveCall(after)) return 'still-live';
  if (before && isEndedCall(before)) return 'already-ended';
  if (after.end_reason && after.end_reason !== 'api_stop') return 'already-ended';
  return 'stopped';
}

/** Seconds left before a rate-limited stop may be sent again (0 once it may); null when the
 * answer was not a 429 with a readable Retry-After. */
export function retryWaitSeconds(error: ApiError | null, now: number): number | null {
  if (error?.status !== 429 || error.retryAt === null) return null;
  return Math.max(0, Math.ceil((error.retryAt - now) / 1000));
}
