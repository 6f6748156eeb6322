import type { Request, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import { userOf } from '../auth/users.ts';
import type { ServerConfig } from '../config.ts';
import type { RedisCommands } from '../redis.ts';

export type LimitVerdict =
  | { kind: 'pass' }
  | { kind: 'limited'; retryAfter: string }
  | { kind: 'unavailable'; error: unknown };

/**
 * The per-user stop limit. In memory by default; with CONSOLE_REDIS_URL the counts live in Redis
 * (rate-limit-redis), so every replica draws on the same budget.
 */
export function createStopLimiter(
  config: Pick<ServerConfig, 'stopRateLimit'>,
  redis: RedisCommands | null,
): (req: Request, res: Response) => Promise<LimitVerdict> {
  const { windowMs, max } = config.stopRateLimit;
  const limiter = rateLimit({
    windowMs,
    limit: max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Fail closed: a stop whose budget cannot be checked is not sent.
    passOnStoreError: false,
    store: redis
      ? new RedisStore({
          prefix: 'oneinbox-console:stop:',
          sendCommand: (...args: string[]) => redis.sendCommand(args),
        })
      : undefined,
    keyGenerator: (req) => {
      const user = userOf(req);
      return user ? `user:${user}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    handler: () => undefined, // the verdict below answers
  });
  return async (req, res) => {
    let verdict: LimitVerdict | null = null;
    await limiter(req, res, (error?: unknown) => {
      verdict = error ? { kind: 'unavailable', error } : { kind: 'pass' };
    });
    return (
      verdict ?? {
        kind: 'limited',
        retryAfter: res.getHeader('retry-after')?.toString() ?? String(Math.ceil(windowMs / 1000)),
      }
    );
  };
}
