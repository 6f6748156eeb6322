import { isLiveStatus } from '../../api/callStatus';

/**
 * The API writes messages, transcript, summary, analysis and the recording after the call ends,
 * so during a live call these sections are empty by design, not broken.
 */
export function PostCallNote({ status, what }: { status: string; what: string }) {
  if (!isLiveStatus(status)) return null;
  return (
    <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100">
      The call is still live. This fills in after the call ends: the API writes the {what} once the
      call is over.
    </p>
  );
}
