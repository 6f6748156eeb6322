const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One URL path segment from an untrusted string (ids come from the API or a pasted link).
 * - encodeURIComponent throws on a lone UTF-16 surrogate, which is valid JSON: such an id must
 *   never crash a render, so lone surrogates become U+FFFD first, as the URL parser would do.
 */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}

/**
 * "." and ".." (also as %2E) are dot segments: URL parsing resolves them away, so a request
 * for agent ".." would ask for another path. No id can be one.
 */
export function isDotSegment(value: string): boolean {
  return value === '.' || value === '..';
}

/** The console route of one call. */
export function callPath(callId: string): string {
  return `/calls/${encodePathSegment(callId)}`;
}
