/**
 * A request-target in absolute form (`GET http://host/path`, as a client talks to a proxy) names
 * the host the request is for, and the Host header is then ignored (RFC 9112 §3.2.2). The host
 * guard judges that host, and the production server rewrites the request to it (listen.ts).
 */
export interface AbsoluteTarget {
  /** host[:port] as named; '' when it names none the console answers to. */
  host: string;
  /** The origin-form path and query. */
  path: string;
}

/**
 * The host and path of an absolute-form target; null for any other form (`/path`, `*`). A scheme
 * other than http(s), user info, or a target that does not parse names no host ('').
 */
export function absoluteTarget(target: string | undefined): AbsoluteTarget | null {
  if (!target || !/^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
  try {
    const url = new URL(target);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return {
      host: web && !url.username && !url.password ? url.host : '',
      path: url.pathname + url.search,
    };
  } catch {
    return { host: '', path: '/' };
  }
}
