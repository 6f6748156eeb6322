import type { FallbackProps } from 'react-error-boundary';
import { ErrorState } from '../components/ui/ErrorState';

/**
 * Last line of defence around every page: a render error, or a page chunk that failed to
 * download (after a deploy, say), shows here instead of a blank page. Reloading fetches the
 * current chunks.
 */
export function RouteErrorPage({ error }: FallbackProps) {
  return (
    <div className="mx-auto max-w-3xl p-6">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </div>
  );
}
