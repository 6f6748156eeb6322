import { judgeStatus, type StatusFields } from '../../api/callStatus';

/**
 * The API writes messages, transcript, summary, analysis and the recording after the call ends,
 * so during a live call these sections are empty by design, not broken. It takes the call, not a
 * status, so an undocumented status without `ended_at` counts as possibly live here as everywhere.
 */
export function PostCallNote({ call, what }: { call: StatusFields; what: string }) {
  const judged = judgeStatus(call);
  if (judged !== 'live' && judged !== 'unknown-live') return null;
  return (
    <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100">
      {judged === 'live' ? 'The call is still live.' : 'The call may still be live.'} This fills in
      after the call ends: the API writes the {what} once the call is over.
    </p>
  );
}
