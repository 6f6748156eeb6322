import type { Call } from '../../../api/schema';
import { formatEndReason } from '../../../lib/format';

/** A call that is over has nothing to stop; say so plainly rather than just hide the button. */
export function EndedNotice({ call }: { call: Call }) {
  return (
    <p className="text-sm text-slate-600 dark:text-slate-300">
      This call has already ended
      {call.end_reason ? ` (${formatEndReason(call.end_reason)})` : ''}. There is nothing to stop.
    </p>
  );
}
