import { LIVE_POLL_MS } from '../../../api/polling';
import { LastUpdated } from './LastUpdated';

/** Says the page follows the call on its own, and how fresh the data is. */
export function LiveIndicator({
  polling,
  updatedAt,
  now,
}: {
  polling: boolean;
  updatedAt: number;
  now: number;
}) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600 dark:text-slate-300">
      {polling ? (
        <span className="inline-flex items-center gap-1.5 font-medium text-sky-800 dark:text-sky-200">
          <span
            aria-hidden="true"
            className="size-2 animate-pulse rounded-full bg-sky-600 motion-reduce:animate-none dark:bg-sky-400"
          />
          Auto-refreshing every {LIVE_POLL_MS / 1000} s
        </span>
      ) : null}
      <LastUpdated updatedAt={updatedAt} now={now} />
    </p>
  );
}
