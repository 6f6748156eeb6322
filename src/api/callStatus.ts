import type { Call } from './schema';

/**
 * The one place a call's status is judged. The API types `status` as a free string and documents
 * five values; what arrives may differ in case (`IN_PROGRESS`), use a hyphen (`in-progress`) or be
 * a value nobody documented (`ringing`, `voicemail`). Every component asks here, never compares
 * strings itself.
 */

/** Statuses in which a call is still running: worth polling, and stoppable. */
export const LIVE_STATUSES = ['queued', 'initiated', 'in_progress'] as const;
export const TERMINAL_STATUSES = ['completed', 'failed'] as const;
export type KnownStatus = (typeof LIVE_STATUSES)[number] | (typeof TERMINAL_STATUSES)[number];

/** Case, surrounding space, `-` and inner spaces do not change what a status means. */
export function normaliseStatus(status: string): string {
  return status
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '_');
}

/** The documented spelling of a status, or null when the console does not know it. */
export function knownStatus(status: string): KnownStatus | null {
  const normalised = normaliseStatus(status);
  return (LIVE_STATUSES as readonly string[]).includes(normalised) ||
    (TERMINAL_STATUSES as readonly string[]).includes(normalised)
    ? (normalised as KnownStatus)
    : null;
}

/** A documented live status (any case or separator). For a call, use `isLiveCall`. */
export function isLiveStatus(status: string): boolean {
  return (LIVE_STATUSES as readonly string[]).includes(normaliseStatus(status));
}

/** The fields a status judgement reads. */
export type StatusFields = Pick<Call, 'status' | 'ended_at'>;

export type StatusJudgement =
  /** A documented live status. */
  | 'live'
  /** A documented terminal status. */
  | 'ended'
  /** Undocumented, and no `ended_at`: it may still be running, so it is treated as live. */
  | 'unknown-live'
  /** Undocumented, with `ended_at` set: treated as ended. */
  | 'unknown-ended';

function hasEndedAt(call: StatusFields): boolean {
  return typeof call.ended_at === 'string' && call.ended_at.trim() !== '';
}

export function judgeStatus(call: StatusFields): StatusJudgement {
  const known = knownStatus(call.status);
  if (known) return isLiveStatus(known) ? 'live' : 'ended';
  return hasEndedAt(call) ? 'unknown-ended' : 'unknown-live';
}

/** Live or possibly live: polled every 2 s and offered Stop (the API decides; a stop of an
 * ended call is a no-op). */
export function isLiveCall(call: StatusFields): boolean {
  const judgement = judgeStatus(call);
  return judgement === 'live' || judgement === 'unknown-live';
}

export function isEndedCall(call: StatusFields): boolean {
  return !isLiveCall(call);
}

export function isUnknownStatus(call: StatusFields): boolean {
  return knownStatus(call.status) === null;
}

/** How a status reads on screen: a documented one in words ("In progress", whatever its case or
 * separator), any other exactly as the API sent it. */
export function statusLabel(status: string): string {
  const known = knownStatus(status);
  if (!known) return status;
  const text = known.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
