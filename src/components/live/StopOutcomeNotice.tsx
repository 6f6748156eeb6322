import type { Ref } from 'react';
import type { StopResult } from '../../api/mutations';
import { knownStatus, statusLabel } from '../../api/callStatus';
import { formatEndReason } from '../../lib/format';
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
        : `Stop sent. The API still reports the call as ${
            knownStatus(call.status) ? statusLabel(call.status).toLowerCase() : `“${call.status}”`
          }; the page keeps watching it.`;
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
