import type { ApiError } from '../../../../api/errors';
import { retryWaitSeconds } from '../../../../api/stopAnswer';
import { Notice } from '../../../ui/Notice';

/**
 * A definite "no" to a stop (the mutation's error): the API, or the console server before
 * sending, refused it. Only here may the page say the call was not stopped. A 429 says when the
 * stop may be tried again, from Retry-After.
 */
export function StopRefusal({ error, now }: { error: ApiError; now: number }) {
  const wait = retryWaitSeconds(error, now);
  const retryAt = error.retryAt === null ? null : new Date(error.retryAt);
  return (
    <Notice tone="error" role="alert" className="mt-3">
      <p className="font-medium">
        {error.status === null ? 'The stop was not sent' : 'The call was not stopped'}
        {error.status ? (
          <span className="font-mono font-normal"> (HTTP {error.status})</span>
        ) : null}
        .
      </p>
      <p>{error.message}</p>
      {error.status === 429 ? (
        <p className="mt-1 text-xs">
          {wait === null ? (
            'The API did not say when to try again; wait a moment.'
          ) : wait > 0 ? (
            <>
              You can try again in {wait} s (at{' '}
              <time dateTime={retryAt!.toISOString()}>{retryAt!.toLocaleTimeString()}</time>).
            </>
          ) : (
            'You can try again now.'
          )}
        </p>
      ) : null}
    </Notice>
  );
}
