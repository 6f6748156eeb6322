import { isRecord } from './json';

/**
 * The console's one role table. Messages, the transcript, turn linking and the latency section
 * all read speakers through it, so they can never disagree about who spoke.
 *
 * The API documents `agent` and `user`; payloads and transcripts from other pipelines say
 * `assistant`, `bot`, `ai` (the agent) or `human`, `customer`, `caller` (the user).
 */
export type SpeakerRole = 'agent' | 'user';

// A Map, not an object: a role such as "toString" must find nothing.
const SPEAKERS: ReadonlyMap<string, SpeakerRole> = new Map([
  ['agent', 'agent'],
  ['assistant', 'agent'],
  ['bot', 'agent'],
  ['ai', 'agent'],
  ['user', 'user'],
  ['human', 'user'],
  ['customer', 'user'],
  ['caller', 'user'],
]);

/** A role or speaker label as every comparison sees it: trimmed, one space, lower case. */
export function normaliseRole(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `agent` / `user` for a label in the table, null for anything else. */
export function speakerRole(label: string): SpeakerRole | null {
  return SPEAKERS.get(normaliseRole(label)) ?? null;
}

/** A message's `role`, normalised; null when the item has no string role. */
export function roleOf(message: unknown): string | null {
  return isRecord(message) && typeof message.role === 'string' ? normaliseRole(message.role) : null;
}

/** The speaker of a message (agent or user), or null for tool traffic and anything else. */
export function messageSpeaker(message: unknown): SpeakerRole | null {
  return speakerOfRole(roleOf(message));
}

/** The speaker for a role already normalised (roleOf), or null. */
export function speakerOfRole(role: string | null): SpeakerRole | null {
  return role === null ? null : (SPEAKERS.get(role) ?? null);
}
