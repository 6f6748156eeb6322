import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import bcrypt from 'bcryptjs';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ServerConfig } from './config.ts';

const users = new WeakMap<IncomingMessage, string>();

/** The signed-in user's name, as the auth middleware established it (null without auth). */
export function userOf(req: IncomingMessage): string | null {
  return users.get(req) ?? null;
}

export function setUser(req: IncomingMessage, name: string): void {
  users.set(req, name);
}

/** Reads `user:hash` lines (htpasswd -B output works: $2y$ hashes are bcrypt). */
export function readUsersFile(file: string): Map<string, string> {
  const map = new Map<string, string>();
  const text = readFileSync(file, 'utf8');
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const hash = line.slice(colon + 1);
    if (colon <= 0 || !/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/.test(hash)) {
      throw new Error(`${file}:${index + 1}: expected "user:bcrypt-hash"`);
    }
    map.set(name, hash);
  });
  if (map.size === 0) throw new Error(`${file} lists no users`);
  return map;
}

function unauthorized(res: Response, basic: boolean) {
  if (basic) res.set('WWW-Authenticate', 'Basic realm="OneInbox Call Console", charset="UTF-8"');
  res.status(401).set('Cache-Control', 'no-store').json({ detail: 'Sign in to use the console.' });
}

/** A header value is one printable line; anything else is not a name we show or log. */
function cleanName(value: string): string | null {
  const name = value.trim();
  const printable = [...name].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f);
  return name && name.length <= 256 && printable ? name : null;
}

function sha256(value: string) {
  return createHash('sha256').update(value).digest();
}

/**
 * Basic auth with bcrypt. A verified user:password pair is remembered (as a digest, briefly) so
 * every asset request does not pay bcrypt's deliberate ~100 ms.
 */
function basicAuth(usersFile: string): RequestHandler {
  const hashes = readUsersFile(usersFile);
  // bcrypt of a random string, cost 10 like htpasswd -B's default.
  const DUMMY_HASH = bcrypt.hashSync(randomUUID(), 10);
  const verified = new Map<string, { digest: Buffer; until: number }>();
  const TTL_MS = 5 * 60_000;
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const match = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header.trim());
    if (!match) return unauthorized(res, true);
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const name = colon > 0 ? cleanName(decoded.slice(0, colon)) : null;
    const password = decoded.slice(colon + 1);
    const hash = name ? hashes.get(name) : undefined;
    if (!name || !hash) {
      // Same bcrypt cost as a wrong password, so timing does not reveal which names exist.
      void bcrypt.compare(password, DUMMY_HASH).finally(() => unauthorized(res, true));
      return;
    }
    const digest = sha256(`${name}:${password}`);
    const cached = verified.get(name);
    if (cached && cached.until > Date.now() && timingSafeEqual(cached.digest, digest)) {
      setUser(req, name);
      return next();
    }
    bcrypt.compare(password, hash).then(
      (ok) => {
        if (!ok) return unauthorized(res, true);
        verified.set(name, { digest, until: Date.now() + TTL_MS });
        setUser(req, name);
        next();
      },
      (error: unknown) => next(error),
    );
  };
}

/** Trusts the identity header an SSO proxy sets. The console must only be reachable through it. */
function headerAuth(headerName: string): RequestHandler {
  return (req, res, next) => {
    const name = cleanName(req.get(headerName) ?? '');
    if (!name) return unauthorized(res, false);
    setUser(req, name);
    next();
  };
}

/** The access-control middleware for the configured mode (a pass-through for "none"). */
export function createAuth(config: ServerConfig): RequestHandler {
  const { mode, header, usersFile } = config.auth;
  if (mode === 'header') return headerAuth(header);
  if (mode === 'basic') {
    if (!usersFile) throw new Error('CONSOLE_AUTH=basic needs CONSOLE_USERS_FILE');
    return basicAuth(usersFile);
  }
  return (_req, _res, next) => next();
}
