import type { IncomingMessage } from 'node:http';

const users = new WeakMap<IncomingMessage, string>();

/** The signed-in user's name, as the auth middleware established it (null without auth). */
export function userOf(req: IncomingMessage): string | null {
  return users.get(req) ?? null;
}

export function setUser(req: IncomingMessage, name: string): void {
  users.set(req, name);
}

/** A user name is one printable line; anything else is not a name we show or log. */
export function cleanName(value: string): string | null {
  const name = value.trim();
  const printable = [...name].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f);
  return name && name.length <= 256 && printable ? name : null;
}
