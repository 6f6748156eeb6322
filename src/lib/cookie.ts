/**
 * Stores a value the server reads on the next page load (server/ssr/: formatting, theme), for a
 * year. Cookies can be blocked; then the server simply does not know, as on a first visit.
 */
export function rememberInCookie(name: string, value: string): void {
  try {
    document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
  } catch {
    // Blocked: nothing to do.
  }
}
