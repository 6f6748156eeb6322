import { formatAge } from '../../../lib/format';

/** When the data on screen was fetched, refreshed by the parent's clock. */
export function LastUpdated({ updatedAt, now }: { updatedAt: number; now: number }) {
  if (!updatedAt) return null;
  const at = new Date(updatedAt);
  return (
    <span>
      Updated{' '}
      <time dateTime={at.toISOString()} title={at.toLocaleString()}>
        {formatAge(now - updatedAt)}
      </time>
    </span>
  );
}
