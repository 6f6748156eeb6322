import type { Ref } from 'react';
import type { StopResult } from '../../api/mutations';
import { formatEndReason, humanize } from '../../lib/format';
import { stopOutcome } from './callFacts';

/** What the stop did, in words. Focus lands here when the dialog closes. */
export function StopOutcomeNotice({
  result,
  ref,
}: {
  result: StopResult;
  ref?: Ref<HTMLDivElement>;
}) {
  const { call } = result;
  const outcome = stopOutcome(result.before, call);
  const text =
    outcome === 'stopped'
      ? 'Call stopped.'
      : outcome === 'already-ended'
        ? `This call had already ended${
            call.end_reason ? ` (${formatEndReason(call.end_reason)})` : ''
          } before the stop reached it. Nothing was stopped.`
        : outcome === 'still-live'
          ? `Stop sent. The API still reports the call as ${humanize(call.status).toLowerCase()}; the page keeps watching it.`
          : `Stop sent. The API now reports the status “${call.status}”.`;
  const tone =
    outcome === 'stopped'
      ? 'bg-emerald-50 text-emerald-950 dark:bg-emerald-950/40 dark:text-emerald-100'
      : 'bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100';
  return (
    <div
      ref={ref}
      role="status"
      tabIndex={-1}
      className={`rounded-md px-3 py-2 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ${tone}`}
    >
      {text}
    </div>
  );
}
