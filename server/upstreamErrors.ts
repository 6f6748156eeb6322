/** Marks a proxied request that the console abandoned because the API was too slow. */
export class UpstreamTimeoutError extends Error {
  readonly code = 'UPSTREAM_TIMEOUT';
  constructor(ms: number) {
    super(`no answer from the API within ${ms} ms`);
  }
}

export interface UpstreamFailure {
  status: 502 | 504;
  result: 'upstream_timeout' | 'upstream_unreachable';
  detail: string;
}

/** FastAPI-style answers the UI already knows how to show. */
export function describeUpstreamFailure(error: unknown, timeoutMs: number): UpstreamFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (error instanceof UpstreamTimeoutError || code === 'ETIMEDOUT') {
    return {
      status: 504,
      result: 'upstream_timeout',
      detail: `The OneInbox API did not answer within ${Math.round(timeoutMs / 100) / 10} s. Try again in a moment.`,
    };
  }
  return {
    status: 502,
    result: 'upstream_unreachable',
    detail: 'The console server could not reach the OneInbox API. Try again in a moment.',
  };
}
