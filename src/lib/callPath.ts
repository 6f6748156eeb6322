/**
 * encodeURIComponent throws on a lone UTF-16 surrogate, which is valid JSON: an id from the
 * API must never be able to crash a render. Lone surrogates become U+FFFD first, as the
 * WHATWG URL parser would do.
 */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(
    value.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    ),
  );
}

/** The console route of one call. */
export function callPath(callId: string): string {
  return `/calls/${encodePathSegment(callId)}`;
}
