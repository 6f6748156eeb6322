import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { basicCredentials } from './basicCredentials.ts';
import { unauthorized } from './unauthorized.ts';
import { cleanName, setUser } from './users.ts';
import { readUsersFile } from './usersFile.ts';

function sha256(value: string) {
  return createHash('sha256').update(value).digest();
}

/**
 * Basic auth with bcrypt. A verified user:password pair is remembered (as a digest, briefly) so
 * every asset request does not pay bcrypt's deliberate ~100 ms.
 */
export function basicAuth(usersFile: string): RequestHandler {
  const { hashes, maxCost } = readUsersFile(usersFile);
  // An unknown name is checked against a hash as costly as the costliest real one, so timing
  // does not tell which names exist, whatever costs the file mixes.
  const dummyHash = bcrypt.hash(randomUUID(), maxCost);
  dummyHash.catch(() => undefined);
  const verified = new Map<string, { digest: Buffer; until: number }>();
  const TTL_MS = 5 * 60_000;
  return (req: Request, res: Response, next: NextFunction) => {
    const credentials = basicCredentials(req.get('authorization'));
    if (!credentials) return unauthorized(res, true);
    const name = cleanName(credentials.name);
    const { password } = credentials;
    const hash = name ? hashes.get(name) : undefined;
    if (!name || !hash) {
      void dummyHash
        .then((dummy) => bcrypt.compare(password, dummy))
        .finally(() => unauthorized(res, true));
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
