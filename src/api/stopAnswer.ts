import { ApiError, isApiError } from './errors';

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
