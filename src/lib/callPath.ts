const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One URL path segment from an untrusted string (ids come from the API or a pasted link).
 * - encodeURIComponent throws on a lone UTF-16 surrogate, which is valid JSON: such an id must
 *   never crash a render, so lone surrogates become U+FFFD first, as the URL parser would do.
 * - "." and ".." are dot segments: URL parsing would resolve them away and ask another path.
 */
export function encodePathSegment(value: string): string {
  const encoded = encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
  return encoded === '.' || encoded === '..' ? encoded.replace(/\./g, '%2E') : encoded;
}

/** The console route of one call. */
export function callPath(callId: string): string {
  return `/calls/${encodePathSegment(callId)}`;
}
