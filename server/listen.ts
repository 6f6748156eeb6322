import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { absoluteTarget } from './requestTarget.ts';

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
 * An absolute-form request becomes the Host it names and an origin-form path, so every route
 * reads a plain path (server/requestTarget.ts). A target that names no host the console answers
 * to gets an empty Host, which the host guard refuses.
 */
export function toOriginForm(req: IncomingMessage): void {
  const target = absoluteTarget(req.url);
  if (!target) return;
  req.headers.host = target.host;
  req.url = target.path;
}
