import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export type UpstreamHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FakeUpstream {
  url: string;
  seen: SeenRequest[];
  /** Replaces how the next requests are answered. */
  handle: (handler: UpstreamHandler) => void;
  close: () => Promise<void>;
}

export const callJson = (id: string, status = 'in_progress') => ({
  id,
  status,
  agent_id: 'agent_1',
  messages: [],
});

/** Answers like the OneInbox API for the console's endpoints: a call for any id. */
export const defaultHandler: UpstreamHandler = (req, res) => {
  const url = new URL(req.url ?? '/', 'http://upstream.invalid');
  const stop = /^\/v1\/calls\/([^/]+)\/stop$/.exec(url.pathname);
  const get = /^\/v1\/calls\/([^/]+)$/.exec(url.pathname);
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Set-Cookie', 'upstream_session=abc; HttpOnly');
  if (stop) return void res.end(JSON.stringify(callJson(stop[1]!, 'completed')));
  if (get) return void res.end(JSON.stringify(callJson(get[1]!)));
  if (url.pathname === '/v1/calls') {
    return void res.end(JSON.stringify({ items: [], total: 0, limit: 20, offset: 0 }));
  }
  res.statusCode = 404;
  res.end(JSON.stringify({ detail: 'Not Found' }));
};

/** A stand-in for the OneInbox API on 127.0.0.1 and a random port, recording what reaches it. */
export async function startFakeUpstream(
  handler: UpstreamHandler = defaultHandler,
): Promise<FakeUpstream> {
  let current = handler;
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    current(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    handle: (next) => {
      current = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
