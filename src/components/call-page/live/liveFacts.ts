import { isEndedCall, isLiveCall } from '../../../api/callStatus';
import type { ApiError } from '../../../api/errors';
import type { Call } from '../../../api/schema';
import { formatDuration, formatPhone, parseDate } from '../../../lib/format';

/**
 * Pure helpers for the live panel and the stop dialog. They live next to the components
 * because nothing else needs them; each is unit-tested on its own.
 */

/** "2:05" since started_at for a running call; null when it has not started (queued). */
export function elapsedLabel(call: Call, now: number): string | null {
  const started = parseDate(call.started_at);
  if (!started) return null;
  // A server clock ahead of the browser's would give a negative time: show 0:00, not nonsense.
  return formatDuration(Math.max(0, (now - started.getTime()) / 1000));
}

/** Who is on the line, as support staff would say it: "+1 (415) 555-0134 → +1 (628) …". */
export function partiesLabel(call: Call): string {
  if (call.from_number || call.to_number) {
    return `${formatPhone(call.from_number)} → ${formatPhone(call.to_number)}`;
  }
  return call.type === 'web' ? 'Web call (no phone numbers)' : 'No phone numbers';
}

export type StopOutcome =
  /** The call was live and the stop ended it. */
  | 'stopped'
  /** It had already ended (the agent hung up, a timeout, …): the API's stop was a no-op. */
  | 'already-ended'
  /** The API accepted the stop but still reports the call running (or possibly running). */
  | 'still-live';

/**
 * What a stop did, from the call as the page showed it before and as the API returned it.
 * The API documents no "already ended" signal, so two clues are read: the page already knew it
 * had ended, or it ended for a reason other than api_stop (the agent's end_call tool, a timeout).
 */
export function stopOutcome(before: Call | null, after: Call): StopOutcome {
  if (isLiveCall(after)) return 'still-live';
  if (before && isEndedCall(before)) return 'already-ended';
  if (after.end_reason && after.end_reason !== 'api_stop') return 'already-ended';
  return 'stopped';
}

/** Seconds left before a rate-limited stop may be sent again (0 once it may); null when the
 * answer was not a 429 with a readable Retry-After. */
export function retryWaitSeconds(error: ApiError | null, now: number): number | null {
  if (error?.status !== 429 || error.retryAt === null) return null;
  return Math.max(0, Math.ceil((error.retryAt - now) / 1000));
}

/** "just now", "12 s ago", "3 min ago": how old the data on screen is. */
export function ageLabel(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 2) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  return `${Math.floor(minutes / 60)} h ago`;
}
