import { judgeStatus, type StatusFields } from '../../api/callStatus';
import { Notice } from '../ui/Notice';

/**
 * The API writes messages, transcript, summary, analysis and the recording after the call ends,
 * so during a live call these sections are empty by design, not broken. It takes the call, not a
 * status, so an undocumented status without `ended_at` counts as possibly live here as everywhere.
 */
export function PostCallNote({ call, what }: { call: StatusFields; what: string }) {
  const judged = judgeStatus(call);
  if (judged !== 'live' && judged !== 'unknown-live') return null;
  return (
    <Notice as="p" tone="info">
      {judged === 'live' ? 'The call is still live.' : 'The call may still be live.'} This fills in
      after the call ends: the API writes the {what} once the call is over.
    </Notice>
  );
}
