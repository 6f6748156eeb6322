import { createClient } from '@redis/client';
import { errorFields, type Logger } from './logger.ts';

type Reply = boolean | number | string | (boolean | number | string)[];

/** What the shared stop limit needs from Redis. */
export interface RedisCommands {
  sendCommand: (args: string[]) => Promise<Reply>;
  close: () => Promise<void>;
}

const COMMAND_TIMEOUT_MS = 2_000;

/** Where a Redis URL points, without its password (for logs). */
export function redisTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(unparseable CONSOLE_REDIS_URL)';
  }
}

/**
 * Connects to Redis (CONSOLE_REDIS_URL) for the shared stop limit. Commands fail fast while the
 * connection is down (no offline queue, a per-command timeout), so a stop whose budget cannot be
 * checked is refused at once instead of hanging. The client reconnects by itself.
 */
export async function connectRedis(url: string, logger: Logger): Promise<RedisCommands> {
  let connectedOnce = false;
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      // At start-up a failure is final (the server refuses to start); later, keep retrying.
      reconnectStrategy: (retries: number, cause: Error) =>
        connectedOnce ? Math.min(100 * 2 ** retries, 5_000) : cause,
    },
  });
  let lastError = '';
  client.on('error', (error: unknown) => {
    const { error: message } = errorFields(error);
    // One line per distinct failure, not one per reconnect attempt.
    if (message === lastError) return;
    lastError = String(message);
    logger.log('warn', 'redis error', { target: redisTarget(url), ...errorFields(error) });
  });
  client.on('ready', () => {
    lastError = '';
  });
  await client.connect();
  connectedOnce = true;
  return {
    sendCommand: (args) => client.sendCommand<Reply>(args, { timeout: COMMAND_TIMEOUT_MS }),
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}
