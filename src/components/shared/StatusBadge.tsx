import { judgeStatus, knownStatus, statusLabel, type StatusFields } from '../../api/callStatus';
import { lookup } from '../../lib/lookup';

const STYLES: Record<string, string> = {
  completed: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
  failed: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100',
};
const LIVE = 'bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100';
const UNKNOWN = 'bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-100';

/** The status as a badge: documented ones in words, any other exactly as the API sent it. */
export function StatusBadge({ call }: { call: StatusFields }) {
  const judged = judgeStatus(call);
  const label = statusLabel(call.status);
  const known = knownStatus(call.status) !== null;
  const live = judged === 'live' || judged === 'unknown-live';
  const style = live ? LIVE : (lookup(STYLES, label.toLowerCase()) ?? UNKNOWN);
  return (
    <span
      // An undocumented status can be any length: it wraps rather than spill into the next
      // column. A documented one stays on one line.
      className={`inline-flex max-w-full items-center gap-x-1.5 rounded-full px-2 py-0.5 text-xs font-semibold ${known ? 'whitespace-nowrap' : 'flex-wrap'} ${style}`}
      title={`Status: ${call.status}`}
    >
      {live ? (
        <span className="relative flex size-2" aria-hidden="true">
          <span className="absolute inline-flex size-full animate-ping rounded-full bg-sky-500 opacity-75 motion-reduce:animate-none" />
          <span className="relative inline-flex size-2 rounded-full bg-sky-600" />
        </span>
      ) : null}
      {live ? (
        <>
          <span className="whitespace-nowrap">
            {judged === 'live' ? 'Live ·' : 'Possibly live ·'}
          </span>{' '}
        </>
      ) : null}
      <span className={known ? undefined : 'break-all'}>{label}</span>
    </span>
  );
}
