import { isLiveCall } from '../api/callStatus';
import type { Call } from '../api/schema';
import { formatCount, formatPhone, parseDate } from './format';

/**
 * The one module for facts about a call as a whole, used by the call page, the list, the stop
 * dialog and the latency section alike: how long it has run, who is on it, and the figures read
 * out of its metadata. Live or ended is judged by src/api/callStatus.ts, speakers by
 * src/lib/roles.ts; nothing here decides either on its own.
 */

/**
 * Seconds the call has lasted. A live call has no duration_seconds yet, so it counts from
 * started_at to `now` (and ticks); a server clock ahead of the browser's would give a negative
 * time, shown as 0. An ended call uses the API's value, falling back to ended_at − started_at
 * when the API left it null. Null when there is nothing to count from (a queued call).
 */
export function callDurationSeconds(
  call: Pick<Call, 'status' | 'started_at' | 'ended_at' | 'duration_seconds'>,
  now: number,
): number | null {
  const started = parseDate(call.started_at);
  if (isLiveCall(call)) {
    if (!started) return null;
    return Math.max(0, Math.floor((now - started.getTime()) / 1000));
  }
  if (call.duration_seconds !== null && Number.isFinite(call.duration_seconds)) {
    return call.duration_seconds;
  }
  const ended = parseDate(call.ended_at);
  if (started && ended && ended >= started) {
    return Math.round((ended.getTime() - started.getTime()) / 1000);
  }
  return null;
}

/** Who is on the call: its two numbers, formatted for reading; null when it has neither. */
export function callParties(
  call: Pick<Call, 'from_number' | 'to_number'>,
): { from: string; to: string } | null {
  if (!call.from_number && !call.to_number) return null;
  return { from: formatPhone(call.from_number), to: formatPhone(call.to_number) };
}

/**
 * Who is on the call, as support staff say it: "+1 (415) 555-0134 → +1 (628) 555-0199", or what
 * the call is when it has no numbers ("Web call", "No phone numbers").
 */
export function partiesLabel(call: Pick<Call, 'from_number' | 'to_number' | 'type'>): string {
  const parties = callParties(call);
  if (parties) return `${parties.from} → ${parties.to}`;
  return call.type === 'web' ? 'Web call' : 'No phone numbers';
}

/** metadata.concurrency_at_dispatch, when it is a number (or a numeric string). */
export function concurrencyAtDispatch(metadata: Record<string, unknown>): number | null {
  const value = metadata.concurrency_at_dispatch;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

export function formatCredits(credits: number | null): string | null {
  if (credits === null || !Number.isFinite(credits)) return null;
  return formatCount(credits, { maximumFractionDigits: 2 });
}
