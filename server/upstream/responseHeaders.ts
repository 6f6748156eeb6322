import { scrubText } from './scrub.ts';

/**
 * The API's response headers that reach the browser. Everything else (CORS, CSP, frame
 * options, HSTS, Server, Set-Cookie, Location, Link, …) is dropped, so the console's own security
 * headers always win. Content-Encoding and Content-Length are not passed either: the body is
 * decoded and scrubbed on the way, and the console frames (and compresses) it again.
 */
export const PASSED_RESPONSE_HEADERS = [
  'content-type',
  'etag',
  'last-modified',
  'retry-after',
  'x-request-id',
] as const;

export type AnswerHeaders = Partial<Record<(typeof PASSED_RESPONSE_HEADERS)[number], string>>;

export function pickResponseHeaders(
  raw: Record<string, string | string[] | undefined>,
  secret: string | null,
): AnswerHeaders {
  const picked: AnswerHeaders = {};
  for (const name of PASSED_RESPONSE_HEADERS) {
    const value = raw[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) picked[name] = scrubText(first, secret);
  }
  return picked;
}

/** application/json, or any +json type (problem+json): what every console endpoint answers. */
export function isJsonType(contentType: string | undefined): boolean {
  return /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test((contentType ?? '').trim());
}
