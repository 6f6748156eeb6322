import { formatAge } from '../../../lib/format';

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
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-medium">This view may be stale.</p>
      <p>
        Could not refresh the call: {error.message} Showing data from {formatAge(now - updatedAt)}
        {polling ? '; the console keeps trying.' : '.'}
      </p>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-1 rounded border border-amber-400 px-2 py-0.5 text-xs font-medium hover:bg-amber-100 disabled:opacity-60 dark:border-amber-600 dark:hover:bg-amber-900/50"
      >
        {retrying ? 'Refreshing…' : 'Refresh now'}
      </button>
    </div>
  );
}
