import type { Request } from 'express';
import type { ServerConfig } from '../config.ts';
import { isSameOrigin } from '../sameOrigin.ts';

export interface Rejection {
  /** The stop audit's result. */
  result: string;
  status: number;
  /** Always says the stop was not sent: these answers come before anything goes upstream. */
  detail: string;
}

/** The console's own refusals of a stop, in the order they are checked (before the rate limit). */
export function stopRejection(
  req: Request,
  config: Pick<ServerConfig, 'readOnly' | 'allowedOrigins'>,
  framing: string | null,
): Rejection | null {
  if (framing) {
    return {
      result: 'rejected_body',
      status: 400,
      detail: `${framing} A stop request takes no body; the stop was not sent.`,
    };
  }
  if (config.readOnly) {
    return {
      result: 'rejected_read_only',
      status: 403,
      detail:
        'This console is read-only: stopping calls is disabled (CONSOLE_READ_ONLY). The stop was not sent.',
    };
  }
  if (!isSameOrigin(req, config.allowedOrigins)) {
    return {
      result: 'rejected_csrf',
      status: 403,
      detail:
        'Stop requests must come from the console itself (cross-site request refused). The stop was not sent.',
    };
  }
  return null;
}
