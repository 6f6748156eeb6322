import { isLiveCall } from '../api/callStatus';
import type { Call } from '../api/schema';
import { parseDate } from './format';

/**
 * Duration in seconds to show. A live call has no duration_seconds yet, so it is counted from
 * started_at to `now` (and ticks); an ended call uses the API's value, falling back to
 * ended_at − started_at when the API left it null.
 */
export function displayDurationSeconds(
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
  return credits.toLocaleString(undefined, { maximumFractionDigits: 2 });
}
