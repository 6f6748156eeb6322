import { createServer, type RequestListener, type Server } from 'node:http';

/**
 * An HTTP server for the console app. Node answers `Expect: 100-continue` with "100 Continue"
 * on its own unless 'checkContinue' is handled; the console refuses Expect (v1/framing.ts), so it
 * takes the request itself and the client hears only the 400, never an invitation to send a body.
 */
export function createConsoleServer(app: RequestListener): Server {
  const server = createServer(app);
  server.on('checkContinue', app);
  return server;
}
