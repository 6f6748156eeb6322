import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { isChunkLoadError } from '../../lib/chunkError';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';

function SectionFailed({ error, resetErrorBoundary, title }: FallbackProps & { title: string }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Notice tone="error" role="alert" size="md">
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
      <Button variant="on-notice" size="sm" onClick={resetErrorBoundary} className="mt-2">
        Try again
      </Button>
    </Notice>
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
