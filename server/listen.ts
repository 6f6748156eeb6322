import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';

/**
 * An HTTP server for the console app. Node answers `Expect: 100-continue` with "100 Continue"
 * on its own unless 'checkContinue' is handled; the console refuses Expect (v1/framing.ts), so it
 * takes the request itself and the client hears only the 400, never an invitation to send a body.
 * Every request is in origin form before the app sees it (toOriginForm).
 */
export function createConsoleServer(app: RequestListener): Server {
  const listener: RequestListener = (req, res) => {
    toOriginForm(req);
    app(req, res);
  };
  const server = createServer(listener);
  server.on('checkContinue', listener);
  return server;
}

/**
 * A request-target in absolute form (`GET http://host/path`, as sent to a proxy) names the host
 * the request is for, and the Host header is then ignored (RFC 9112 §3.2.2). It becomes that
 * Host and an origin-form path, so the host guard judges the host the request names (a foreign
 * one was served on a loopback Host header) and every route reads a plain path. A scheme other
 * than http(s), or user info, names no host the console answers to: an empty Host, refused.
 */
export function toOriginForm(req: IncomingMessage): void {
  const target = req.url ?? '';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) return;
  let host = '';
  let path = '/';
  try {
    const url = new URL(target);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    if (web && !url.username && !url.password) host = url.host;
    path = url.pathname + url.search;
  } catch {
    // Not a URL: no host, refused by the host guard.
  }
  req.headers.host = host;
  req.url = path;
}
