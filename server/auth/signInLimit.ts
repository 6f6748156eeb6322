import { createHash } from 'node:crypto';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { basicCredentials } from './basicCredentials.ts';

export const SIGN_IN_LIMIT = { windowMs: 15 * 60_000, failures: 50 };

/**
 * Slows password guessing. Failed sign-ins are counted per client IP *and* user name, so one
 * person's (or an attacker's) failures never lock out anyone else's correct password, even behind
 * the same NAT or proxy. Requests without credentials are not guesses and are not counted.
 */
export function signInLimit(): RequestHandler {
  return rateLimit({
    windowMs: SIGN_IN_LIMIT.windowMs,
    limit: SIGN_IN_LIMIT.failures,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => basicCredentials(req.get('authorization')) === null,
    keyGenerator: (req) => {
      const name = basicCredentials(req.get('authorization'))?.name ?? '';
      // Hashed: bounded key size whatever name is sent, and no names kept in memory.
      const nameKey = createHash('sha256').update(name).digest('base64url').slice(0, 22);
      return `${ipKeyGenerator(req.ip ?? '')}|${nameKey}`;
    },
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    skipSuccessfulRequests: true,
    message: { detail: 'Too many failed sign-ins for this name. Wait a few minutes.' },
  });
}
