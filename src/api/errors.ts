export type ApiErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad_response';

export interface ValidationDetail {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** The one error type every failed API call becomes. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status, or null when no response arrived (network, timeout). */
  readonly status: number | null;
  /** FastAPI-style 422 details, when the API sent them. */
  readonly details: ValidationDetail[];
  /** The body as received, for display next to the message. */
  readonly raw: unknown;
  /** Seconds from a Retry-After header (either form), when present and readable. */
  readonly retryAfterSeconds: number | null;
  /** When Retry-After says to try again (epoch ms), when present and readable. */
  readonly retryAt: number | null;

  constructor(init: {
    kind: ApiErrorKind;
    message: string;
    status?: number | null;
    details?: ValidationDetail[];
    raw?: unknown;
    retryAfterSeconds?: number | null;
    retryAt?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.details = init.details ?? [];
    this.raw = init.raw;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.retryAt = init.retryAt ?? null;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 422 || status === 400) return 'validation';
  if (status === 429) return 'rate_limited';
  if (status === 504) return 'timeout';
  if (status >= 500) return 'server';
  return 'bad_response';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseValidationDetails(detail: unknown): ValidationDetail[] {
  if (!Array.isArray(detail)) return [];
  return detail.filter(isRecord).map((d) => ({
    loc: Array.isArray(d.loc)
      ? d.loc.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
      : [],
    msg: typeof d.msg === 'string' ? d.msg : JSON.stringify(d.msg ?? ''),
    type: typeof d.type === 'string' ? d.type : '',
  }));
}

/** Reads FastAPI's `detail` (a string, or a list of {loc, msg, type}) into one message. */
export function messageFromBody(body: unknown): string | null {
  if (!isRecord(body)) return typeof body === 'string' && body.trim() ? body.trim() : null;
  const { detail } = body;
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    const parts = parseValidationDetails(detail).map((d) => {
      const where = d.loc.filter((p) => p !== 'body' && p !== 'path' && p !== 'query').join('.');
      return where ? `${where}: ${d.msg}` : d.msg;
    });
    return parts.length ? parts.join('; ') : null;
  }
  if (isRecord(detail) && typeof detail.message === 'string') return detail.message;
  if (typeof body.message === 'string') return body.message;
  if (typeof body.error === 'string') return body.error;
  return null;
}

const defaultMessages: Record<ApiErrorKind, string> = {
  unauthorized: 'The API key is missing or wrong (401).',
  forbidden: 'This key is not allowed to do that (403).',
  not_found: 'Not found (404).',
  validation: 'The API rejected the request as invalid.',
  rate_limited: 'Too many requests (429). Wait a moment and try again.',
  server: 'The API failed to answer (server error).',
  network: 'Could not reach the console server. Check your connection.',
  timeout: 'The API took too long to answer.',
  bad_response: 'The API sent a response the console does not understand.',
};

/**
 * When a Retry-After header says to try again, as epoch ms: it is either a number of seconds or
 * an HTTP date (RFC 9110 §10.2.3). A date in the past means now; anything unreadable is null.
 */
export function retryAtFrom(retryAfter: string | null, now: number): number | null {
  const value = retryAfter?.trim() ?? '';
  if (value === '') return null;
  if (/^\d+$/.test(value)) return now + Number(value) * 1000;
  // Every HTTP-date form starts with a day name; Date.parse alone reads nearly anything.
  const date = /^(mon|tue|wed|thu|fri|sat|sun)/i.test(value) ? Date.parse(value) : NaN;
  return Number.isFinite(date) ? Math.max(now, date) : null;
}

export function errorFromResponse(
  status: number,
  body: unknown,
  retryAfter: string | null,
  now: number = Date.now(),
): ApiError {
  const kind = kindForStatus(status);
  const retryAt = retryAtFrom(retryAfter, now);
  return new ApiError({
    kind,
    status,
    message: messageFromBody(body) ?? defaultMessages[kind],
    details: isRecord(body) ? parseValidationDetails(body.detail) : [],
    raw: body,
    retryAfterSeconds: retryAt === null ? null : Math.ceil((retryAt - now) / 1000),
    retryAt,
  });
}

export function defaultMessage(kind: ApiErrorKind): string {
  return defaultMessages[kind];
}
