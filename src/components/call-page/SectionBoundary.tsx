import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { isChunkLoadError } from '../../lib/chunkError';

function SectionFailed({ error, resetErrorBoundary, title }: FallbackProps & { title: string }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <p className="font-semibold">{title} could not be shown.</p>
      {isChunkLoadError(error) ? (
        <p className="mt-1">
          Its code did not download: <span className="font-mono">{message}</span>. Check the
          connection and try again; if the console was just updated, reload the page.
        </p>
      ) : (
        <p className="mt-1">
          Something in this call&apos;s data broke it: <span className="font-mono">{message}</span>.
          The rest of the page is unaffected; the raw call JSON is at the bottom of the page.
        </p>
      )}
      <button
        type="button"
        onClick={resetErrorBoundary}
        className="mt-2 rounded-md border border-red-400 px-2 py-1 font-medium hover:bg-red-100 dark:border-red-700 dark:hover:bg-red-900/50"
      >
        Try again
      </button>
    </div>
  );
}

/**
 * One section's render error must never blank the whole call page: each section fails on its
 * own, says so, and retries when the call data changes (the next poll) or on request.
 */
export function SectionBoundary({
  title,
  resetKey,
  children,
}: {
  title: string;
  resetKey: unknown;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary
      resetKeys={[resetKey]}
      fallbackRender={(props) => <SectionFailed {...props} title={title} />}
      onError={(error) => console.error(`${title} section failed to render`, error)}
    >
      {children}
    </ErrorBoundary>
  );
}
