import { formatAge } from '../../../lib/format';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** A poll failed: the data stays on screen, marked as possibly out of date. */
export function StaleWarning({
  error,
  updatedAt,
  now,
  polling,
  onRetry,
  retrying,
}: {
  error: Error;
  updatedAt: number;
  now: number;
  polling: boolean;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <Notice tone="warning" role="alert">
      <p className="font-medium">This view may be stale.</p>
      <p>
        Could not refresh the call: {error.message} Showing data from {formatAge(now - updatedAt)}
        {polling ? '; the console keeps trying.' : '.'}
      </p>
      <Button variant="on-notice" size="xs" onClick={onRetry} disabled={retrying} className="mt-1">
        {retrying ? 'Refreshing…' : 'Refresh now'}
      </Button>
    </Notice>
  );
}
