import { UpstreamError } from '../upstream/index.ts';

export interface FailureAnswer {
  status: 502 | 504;
  /** The stop audit's outcome. */
  result: 'upstream_timeout' | 'upstream_unreachable' | 'upstream_cut' | 'upstream_bad_answer';
  /** The API's status when it answered (bad answers), else null. */
  upstreamStatus: number | null;
  detail: string;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * What the browser is told when the API gave no usable answer. For a stop, the detail says
 * whether the stop was sent: the UI must never claim "not stopped" when it may have been.
 */
export function describeFailure(
  error: unknown,
  timeoutMs: number,
  action: 'read' | 'stop',
): FailureAnswer {
  const failure =
    error instanceof UpstreamError ? error : new UpstreamError('cut', String(error), null);
  const stop = action === 'stop';
  switch (failure.kind) {
    case 'timeout':
      return {
        status: 504,
        result: 'upstream_timeout',
        upstreamStatus: null,
        detail: stop
          ? `The stop was sent, but the OneInbox API did not answer within ${seconds(timeoutMs)}, so whether the call stopped is unknown.`
          : `The OneInbox API did not answer within ${seconds(timeoutMs)}. Try again in a moment.`,
      };
    case 'unreachable':
      return {
        status: 502,
        result: 'upstream_unreachable',
        upstreamStatus: null,
        detail: stop
          ? 'The console server could not reach the OneInbox API, so the stop was not sent.'
          : 'The console server could not reach the OneInbox API. Try again in a moment.',
      };
    case 'cut':
      return {
        status: 502,
        result: 'upstream_cut',
        upstreamStatus: null,
        detail: stop
          ? 'The stop was sent, but the connection to the OneInbox API broke before it answered, so whether the call stopped is unknown.'
          : 'The connection to the OneInbox API broke before it answered. Try again in a moment.',
      };
    case 'bad_answer':
      return {
        status: 502,
        result: 'upstream_bad_answer',
        upstreamStatus: failure.status,
        detail: `The OneInbox API ${failure.message}.${stop ? ' The stop was sent; whether the call stopped is unknown.' : ''}`,
      };
  }
}
