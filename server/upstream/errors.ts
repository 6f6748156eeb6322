/**
 * Why an upstream request gave no usable answer. `sent` says whether the API may have received
 * the request: a stop that failed before the connection was made was certainly not carried out.
 */
export type UpstreamFailureKind =
  /** No answer within the deadline (headers), or the body went idle. */
  | 'timeout'
  /** The connection was never made (refused, no DNS, TLS failure): nothing was sent. */
  | 'unreachable'
  /** The connection broke after the request went out, before a full answer came back. */
  | 'cut'
  /** An answer came, but not a JSON one (or a redirect, or an encoding we cannot read). */
  | 'bad_answer';

export class UpstreamError extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
    /** The API's status, when it answered at all. */
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UpstreamError';
  }

  /** Whether the API may have received the request. */
  get sent(): boolean {
    return this.kind !== 'unreachable';
  }
}

/** Errors raised while connecting: the request itself never left the console. */
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function codeOf(error: unknown): string {
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET' && code !== 'ABORT_ERR') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return String((error as { code?: unknown } | null)?.code ?? '');
}

/** Turns whatever the HTTP client threw into an UpstreamError. */
export function classifyFailure(error: unknown, timedOut: boolean): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new UpstreamError('timeout', 'the API did not answer in time', null, { cause: error });
  }
  if (
    CONNECT_CODES.has(code) ||
    /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_)|_CERT|SELF_SIGNED/.test(code)
  ) {
    return new UpstreamError('unreachable', `could not connect: ${code}`, null, { cause: error });
  }
  return new UpstreamError('cut', `connection broken: ${code || message}`, null, { cause: error });
}
