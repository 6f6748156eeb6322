/**
 * A stand-in for the OneInbox API on 127.0.0.1, used by the bench and the browser checks that
 * run the production server in live mode (the console proxies /v1 to it with the key).
 * It serves the demo generator's calls, plus any payload put in `overrides` exactly as given
 * (valid or not), and logs every request with its time, so tests can tell when the page polled.
 * Stops are answered as the demo db says (db.answerStop), faults included: a stop whose
 * connection breaks after the stop was applied, a gateway's 502, a 409 and a 429.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDemoDb } from '../../src/mocks/db.ts';

export interface SeenRequest {
  at: number;
  method: string;
  /** Path and query, parsed. */
  path: string;
  /** The request target exactly as it arrived. */
  url: string;
  /** What the console's proxy sent (the live-mode tests check the key and stripped cookies). */
  headers: IncomingHttpHeaders;
}

export interface FakeApi {
  url: string;
  /** Payloads served as-is for GET /v1/calls/:id, and listed first in GET /v1/calls. */
  overrides: Map<string, unknown>;
  /** Bodies sent verbatim (JSON or not) as a 200 application/json for GET /v1/calls/:id. */
  rawBodies: Map<string, string>;
  /** Milliseconds GET /v1/calls/:id waits before answering, per id. */
  delays: Map<string, number>;
  seen: SeenRequest[];
  /** Absolute base for the demo's relative recording paths (the console's own origin). */
  setRecordingBase: (base: string) => void;
  close: () => Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export async function startFakeApi(): Promise<FakeApi> {
  const db = createDemoDb();
  const overrides = new Map<string, unknown>();
  const rawBodies = new Map<string, string>();
  const delays = new Map<string, number>();
  const seen: SeenRequest[] = [];
  let recordingBase = '';
  const withRecording = (call: unknown): unknown => {
    const c = call as { recording_url?: unknown } | null;
    if (c && typeof c.recording_url === 'string' && c.recording_url.startsWith('/')) {
      return { ...c, recording_url: `${recordingBase}${c.recording_url}` };
    }
    return call;
  };

  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://api.invalid');
    seen.push({
      at: Date.now(),
      method: req.method ?? '',
      path: url.pathname + url.search,
      url: req.url ?? '',
      headers: req.headers,
    });
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && url.pathname === '/v1/calls') {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const status = url.searchParams.get('status');
      const extra = [...overrides.values()].filter(
        (c) => !status || (c as { status?: unknown } | null)?.status === status,
      );
      const page = db.listCalls({
        status,
        agentId: url.searchParams.get('agent_id'),
        limit: Math.max(0, limit - extra.length),
        offset,
      });
      const items = offset === 0 ? [...extra, ...page.items] : page.items;
      return send(res, 200, {
        ...page,
        total: page.total + extra.length,
        limit,
        items: items.map(withRecording),
      });
    }
    if (req.method === 'GET' && (m = /^\/v1\/calls\/([^/]+)$/.exec(url.pathname))) {
      const id = decodeURIComponent(m[1]!);
      const rawBody = rawBodies.get(id);
      if (rawBody !== undefined) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(rawBody);
      }
      if (overrides.has(id)) return send(res, 200, withRecording(overrides.get(id)));
      const call = db.getCall(id);
      return call
        ? send(res, 200, withRecording(call))
        : send(res, 404, { detail: 'Call not found' });
    }
    if (req.method === 'POST' && (m = /^\/v1\/calls\/([^/]+)\/stop$/.exec(url.pathname))) {
      const answer = db.answerStop(decodeURIComponent(m[1]!));
      if (!answer) return send(res, 404, { detail: 'Call not found' });
      switch (answer.kind) {
        case 'call':
          return send(res, 200, withRecording(answer.call));
        case 'error':
          return send(res, answer.status, answer.body, answer.headers);
        case 'text':
          res.writeHead(answer.status, { 'Content-Type': answer.contentType });
          return res.end(answer.body);
        case 'cut':
          // The stop has been applied; the connection breaks before any answer goes back.
          return res.socket?.destroy();
      }
    }
    if (req.method === 'GET' && (m = /^\/v1\/agents\/([^/]+)$/.exec(url.pathname))) {
      const agent = db.getAgent(decodeURIComponent(m[1]!));
      return agent ? send(res, 200, agent) : send(res, 404, { detail: 'Agent not found' });
    }
    send(res, 404, { detail: 'Not Found' });
  };
  const server = createServer((req, res) => {
    const id = /^\/v1\/calls\/([^/?]+)$/.exec((req.url ?? '').split('?')[0] ?? '')?.[1];
    const delay = id && req.method === 'GET' ? delays.get(decodeURIComponent(id)) : undefined;
    if (delay) setTimeout(() => answer(req, res), delay);
    else answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    overrides,
    rawBodies,
    delays,
    seen,
    setRecordingBase: (base) => {
      recordingBase = base;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
