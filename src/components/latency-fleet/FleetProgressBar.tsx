import type { FleetProgress } from '../../api/fleet';
import { count } from './fleetText';

/** "312 of 500 calls" while the window is read, with Cancel (which stops the API paging). */
export function FleetProgressBar({
  progress,
  limit,
  onCancel,
}: {
  progress: FleetProgress | null;
  limit: number;
  onCancel: () => void;
}) {
  const read = Math.min(progress?.read ?? 0, progress?.expected ?? limit);
  const expected = progress?.expected ?? limit;
  const label = `${count(read)} of ${count(expected)} calls`;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <div className="min-w-48 flex-1 space-y-1">
        <p className="text-sm" id="fleet-progress-label">
          Reading the most recent calls: <span className="tabular-nums">{label}</span>
        </p>
        <div
          role="progressbar"
          aria-labelledby="fleet-progress-label"
          aria-valuemin={0}
          aria-valuemax={expected}
          aria-valuenow={read}
          aria-valuetext={label}
          className="h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
        >
          <div
            className="h-full bg-indigo-600 transition-[width] dark:bg-indigo-400"
            style={{ width: `${expected > 0 ? (read / expected) * 100 : 0}%` }}
          />
        </div>
      </div>
      <button
        type="button"
        onClick={onCancel}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Cancel
      </button>
    </div>
  );
}
