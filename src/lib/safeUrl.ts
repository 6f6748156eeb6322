/**
 * Returns the URL only when it is absolute http(s). Everything else from the API
 * (javascript:, data:, relative paths, junk) is refused, so it can never reach an href or src.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
