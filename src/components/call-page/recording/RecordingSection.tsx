import { isLiveCall } from '../../../api/callStatus';
import type { Call } from '../../../api/schema';
import { safeHttpUrl } from '../../../lib/safeUrl';
import { PostCallNote } from '../PostCallNote';
import { deferUntilPainted } from '../deferUntilPainted';
import { Section } from '../../ui/Section';
import { usePostCallWaiting } from '../usePostCallWaiting';
import { SkeletonBlock } from '../../ui/Skeleton';

// The player and its controls load just after the call's first paint: nobody presses play in
// the first 100 ms, and the conversation's first line should not wait for them. The
// placeholder has the player's height, so nothing moves when it arrives.
const RecordingPlayer = deferUntilPainted(
  () => import('./RecordingPlayer'),
  'RecordingPlayer',
  <SkeletonBlock className="h-[8.875rem] sm:h-[7.875rem]" />,
);

export function RecordingSection({ call }: { call: Call }) {
  const url = safeHttpUrl(call.recording_url);
  const live = isLiveCall(call);
  const waiting = usePostCallWaiting(call);
  return (
    <Section id="recording" title="Recording">
      <div className="space-y-3">
        <PostCallNote call={call} what="recording" />
        {url ? (
          // Keyed by call so a new call never inherits the previous player's state.
          <RecordingPlayer key={call.id} callId={call.id} url={url} />
        ) : call.recording_url ? (
          <p className="text-sm text-amber-900 dark:text-amber-200">
            The recording link is not an http(s) address, so the console does not use it.
          </p>
        ) : live ? null : waiting ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Not here yet: if the agent records, the link comes with the post-call data.
          </p>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">No recording.</p>
        )}
      </div>
    </Section>
  );
}
