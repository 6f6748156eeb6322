import { judgeStatus } from '../../../api/callStatus';
import type { Call } from '../../../api/schema';
import { LIVE_POLL_MS } from '../../../api/polling';

/**
 * One line under the status when it is not one the console knows: what arrived, and why the page
 * treats the call as live or ended (see judgeStatus).
 */
export function UnknownStatusNote({ call }: { call: Call }) {
  const judged = judgeStatus(call);
  if (judged !== 'unknown-live' && judged !== 'unknown-ended') return null;
  const sent = (call.raw as { status?: unknown } | null)?.status;
  return (
    <p role="note" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
      {typeof sent === 'string'
        ? `“${sent}” is not a status the console knows. `
        : 'The API sent no readable status. '}
      {judged === 'unknown-live'
        ? `The call has no end time, so it is treated as possibly live: refreshed every ${LIVE_POLL_MS / 1000}\u00a0s, with Stop offered.`
        : 'The call has an end time, so it is treated as ended.'}
    </p>
  );
}
