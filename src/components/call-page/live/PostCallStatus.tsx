import type { Call } from '../../../api/schema';
import { postCallParts, POST_CALL_WAIT_MS, type PollingPhase } from '../../../api/polling';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

const PART_NAMES = {
  conversation: 'messages',
  summary: 'summary',
  analysis: 'analysis',
  recording: 'recording',
} as const;
type Part = keyof typeof PART_NAMES;

function partsWhere(call: Call, present: boolean): Part[] {
  const parts = postCallParts(call);
  return (Object.keys(PART_NAMES) as Part[]).filter((key) => parts[key] === present);
}

/** "a, b and c" */
function listOf(items: string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function arrivedText(call: Call): string {
  const count = call.messages.length;
  return listOf(
    partsWhere(call, true).map((key) =>
      key === 'conversation'
        ? count > 0
          ? `${count} message${count === 1 ? '' : 's'}`
          : 'transcript'
        : PART_NAMES[key],
    ),
  );
}

/** Not every agent records, so a missing recording is not "missing". */
function missingText(call: Call): string {
  return partsWhere(call, false)
    .filter((key) => key !== 'recording')
    .map((key) => PART_NAMES[key])
    .join(', ');
}

function Spinner() {
  return (
    <span
      aria-hidden="true"
      className="size-3 animate-spin rounded-full border-2 border-sky-600 border-t-transparent motion-reduce:animate-none dark:border-sky-300 dark:border-t-transparent"
    />
  );
}

/**
 * After a call ends the API writes its messages, summary, analysis and recording a few seconds
 * later. This says whether the page is still waiting for them, got them, or gave up waiting.
 */
export function PostCallStatus({
  phase,
  call,
  sawWaiting,
  onCheckAgain,
  checking,
}: {
  phase: PollingPhase;
  call: Call;
  /** Whether this page waited for the data itself (so "arrived" is news worth saying). */
  sawWaiting: boolean;
  onCheckAgain: () => void;
  checking: boolean;
}) {
  if (phase === 'awaiting-post-call' || phase === 'finishing-post-call') {
    return (
      <Notice as="p" tone="info" role="status" className="inline-flex items-center gap-2">
        <Spinner />
        {phase === 'awaiting-post-call'
          ? 'Waiting for the post-call summary…'
          : `Post-call data arriving (${arrivedText(call)}); checking once more…`}
      </Notice>
    );
  }
  if (phase === 'gave-up' && sawWaiting) {
    return (
      <Notice tone="neutral" role="status">
        <p>
          Post-call data did not arrive within {POST_CALL_WAIT_MS / 1000} s (still missing:{' '}
          {missingText(call)}). The API may not produce it for this call.
        </p>
        <Button
          variant="on-notice"
          size="xs"
          onClick={onCheckAgain}
          disabled={checking}
          className="mt-1"
        >
          {checking ? 'Checking…' : 'Check again'}
        </Button>
      </Notice>
    );
  }
  if (phase === 'complete' && sawWaiting) {
    return (
      <Notice as="p" tone="success" role="status">
        Post-call data arrived: {arrivedText(call)}.
      </Notice>
    );
  }
  return null;
}
