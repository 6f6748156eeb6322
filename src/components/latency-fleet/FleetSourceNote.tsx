import type { FleetAnswer } from '../../api/fleet';
import { count, plural } from './fleetText';

function age(seconds: number): string {
  if (seconds < 5) return 'just now';
  if (seconds < 120) return `${seconds} s ago`;
  return `${Math.round(seconds / 60)} min ago`;
}

/**
 * Where the figures come from: how many calls were read, how old the server's copy is, and, when
 * paging stopped on an error, that these are partial results (and why).
 */
export function FleetSourceNote({
  answer,
  refreshing,
  onRefresh,
}: {
  answer: FleetAnswer;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const { window, cache, complete, stop } = answer;
  return (
    <div className="space-y-2">
      {!complete ? (
        <div
          role="alert"
          className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p className="font-semibold">
            Partial results: only the {plural(window.read, 'call')} read before the API failed.
          </p>
          <p>
            {stop.error?.detail ?? 'Paging stopped early.'}
            {stop.error?.status ? ` (HTTP ${stop.error.status})` : ''} Every figure below covers
            these calls only.
          </p>
        </div>
      ) : null}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
        <span>
          {count(window.read)} calls read in {plural(window.pages, 'page')}
          {window.total !== null ? ` (the API lists ${count(window.total)})` : ''}
          {window.duplicates ? `; ${count(window.duplicates)} duplicates skipped` : ''}
          {window.rejected ? `; ${count(window.rejected)} items that are not calls` : ''}.
        </span>
        <span>{cache.hit ? `Read ${age(cache.ageSeconds)} (cached)` : 'Read just now'}.</span>
        <button
          type="button"
          onClick={onRefresh}
          disabled={refreshing}
          className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {refreshing ? 'Reading…' : 'Read again'}
        </button>
      </p>
    </div>
  );
}
