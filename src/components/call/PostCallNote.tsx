import { isLiveStatus, judgeStatus } from '../../api/callStatus';

/**
 * The API writes messages, transcript, summary, analysis and the recording after the call ends,
 * so during a live call these sections are empty by design, not broken.
 *
 * Pass `endedAt` (the call's ended_at) so an undocumented status without an end time counts as
 * possibly live, as everywhere else. Without it only the documented live statuses count.
 */
export function PostCallNote({
  status,
  endedAt,
  what,
}: {
  status: string;
  endedAt?: string | null;
  what: string;
}) {
  const judged =
    endedAt === undefined
      ? isLiveStatus(status)
        ? 'live'
        : 'ended'
      : judgeStatus({ status, ended_at: endedAt });
  if (judged !== 'live' && judged !== 'unknown-live') return null;
  return (
    <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100">
      {judged === 'live' ? 'The call is still live.' : 'The call may still be live.'} This fills in
      after the call ends: the API writes the {what} once the call is over.
    </p>
  );
}
