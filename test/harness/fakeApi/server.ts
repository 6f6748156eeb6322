/**
 * The one stand-in for the OneInbox API, on 127.0.0.1 and a random port: the browser tests, the
 * bench, the load test and the server tests all run against it.
 *
 * It answers the four endpoints the console uses (API-NOTES) from a CallSource (the demo data by
 * default), as loosely as the spec allows: ids are opaque, optional fields are left out rather
 * than null. Each request is logged with its time, so tests can tell when the page polled.
 * On top of that, in the order they are tried:
 *  - `handle(fn)`: a test answers everything itself (hostile upstreams, broken framing...);
 *  - `setFaults`: a share of requests dropped (connection destroyed) or stalled (never answered);
 *  - `/v1/calls/large-call` and `/v1/calls/large-plain`: a ~3.9 MB call, gzipped or not;
 *  - `delays`: GET /v1/calls/:id answered after a wait, per id (a slow upstream);
 *  - `rawBodies`: bodies sent verbatim (JSON or not) as a 200 for GET /v1/calls/:id;
 *  - `overrides`: payloads served exactly as given (valid or not) and listed first.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerLarge } from './loadCalls.ts';
import { demoSource, type CallSource, type StopReply } from './sources.ts';

export interface SeenRequest {
  at: number;
  method: string;
  /** Path and query, parsed. */
  path: string;
  /** The request target exactly as it arrived. */
  url: string;
  /** What the console's proxy sent (tests check the key and stripped cookies). */
  headers: IncomingHttpHeaders;
}

export type UpstreamHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FaultPlan {
  /** Share of requests whose connection is destroyed without an answer (→ 502). */
  dropRate: number;
  /** Share of requests never answered (→ 504 once the proxy's timeout passes). */
  stallRate: number;
}

export interface FakeApiOptions {
  /** Where calls come from (default: the demo data, src/mocks/db.ts). */
  source?: CallSource;
  /** Headers added to every answer, e.g. a Set-Cookie the proxy must not pass on. */
  headers?: Record<string, string>;
  /** Keep the request log (default true; the load test turns it off). */
  log?: boolean;
  /** Idle keep-alive sockets are closed after this (default: Node's). */
  keepAliveMs?: number;
}

export interface FakeApi {
  url: string;
  seen: SeenRequest[];
  /** Payloads served as-is for GET /v1/calls/:id, and listed first in GET /v1/calls. */
  overrides: Map<string, unknown>;
  /** Bodies sent verbatim (JSON or not) as a 200 application/json for GET /v1/calls/:id. */
  rawBodies: Map<string, string>;
  /** Milliseconds GET /v1/calls/:id waits before answering, per id. */
  delays: Map<string, number>;
  /** Absolute base for the source's relative recording paths (the console's own origin, which
   * serves the demo recordings); overrides are never rewritten. */
  setRecordingBase: (base: string) => void;
  /** A handler that answers every request instead (null: back to the API's own answers). */
  handle: (handler: UpstreamHandler | null) => void;
  setFaults: (plan: FaultPlan) => void;
  counts: { answered: number; dropped: number; stalled: number };
  close: () => Promise<void>;
}

/** A JSON body already serialised (fixed payloads under load). */
export class JsonText {
  constructor(readonly text: string) {}
}

export async function startFakeApi(options: FakeApiOptions = {}): Promise<FakeApi> {
  const source = options.source ?? demoSource();
  const extraHeaders = options.headers ?? {};
  const log = options.log ?? true;
  const overrides = new Map<string, unknown>();
  const rawBodies = new Map<string, string>();
  const delays = new Map<string, number>();
  const seen: SeenRequest[] = [];
  const counts = { answered: 0, dropped: 0, stalled: 0 };
  let faults: FaultPlan = { dropRate: 0, stallRate: 0 };
  let handler: UpstreamHandler | null = null;
  let recordingBase = '';

  const withRecording = (call: unknown): unknown => {
    const c = call as { recording_url?: unknown } | null;
    if (c && typeof c.recording_url === 'string' && c.recording_url.startsWith('/')) {
      return { ...c, recording_url: `${recordingBase}${c.recording_url}` };
    }
    return call;
  };

  function send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    const text = body instanceof JsonText ? body.text : JSON.stringify(body);
    res.writeHead(status, {
      ...extraHeaders,
      ...headers,
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  function sendStop(res: ServerResponse, answer: StopReply) {
    switch (answer.kind) {
      case 'call':
        return send(res, 200, withRecording(answer.call));
      case 'error':
        return send(res, answer.status, answer.body, answer.headers);
      case 'text':
        res.writeHead(answer.status, { ...extraHeaders, 'Content-Type': answer.contentType });
        return res.end(answer.body);
      case 'cut':
        // The stop has been applied; the connection breaks before any answer goes back.
        return res.socket?.destroy();
    }
  }

  function answerApi(req: IncomingMessage, res: ServerResponse, url: URL) {
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && url.pathname === '/v1/calls') {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const status = url.searchParams.get('status');
      const extra = [...overrides.values()].filter(
        (c) => !status || (c as { status?: unknown } | null)?.status === status,
      );
      const page = source.list({
        status,
        agentId: url.searchParams.get('agent_id'),
        limit: Math.max(0, limit - extra.length),
        offset,
      });
      const items = [...(offset === 0 ? extra : []), ...page.items.map(withRecording)];
      return send(res, 200, {
        items,
        total: page.total + extra.length,
        limit,
        offset,
      });
    }
    if (req.method === 'GET' && (m = /^\/v1\/calls\/([^/]+)$/.exec(url.pathname))) {
      const id = decodeURIComponent(m[1]!);
      const rawBody = rawBodies.get(id);
      if (rawBody !== undefined) {
        res.writeHead(200, { ...extraHeaders, 'Content-Type': 'application/json' });
        return res.end(rawBody);
      }
      if (overrides.has(id)) return send(res, 200, overrides.get(id));
      const call = source.get(id);
      return call === undefined
        ? send(res, 404, { detail: 'Call not found' })
        : send(res, 200, withRecording(call));
    }
    if (req.method === 'POST' && (m = /^\/v1\/calls\/([^/]+)\/stop$/.exec(url.pathname))) {
      const answer = source.stop(decodeURIComponent(m[1]!));
      return answer ? sendStop(res, answer) : send(res, 404, { detail: 'Call not found' });
    }
    if (req.method === 'GET' && (m = /^\/v1\/agents\/([^/]+)$/.exec(url.pathname))) {
      const agent = source.agent(decodeURIComponent(m[1]!));
      return agent === undefined
        ? send(res, 404, { detail: 'Agent not found' })
        : send(res, 200, agent);
    }
    send(res, 404, { detail: 'Not Found' });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://api.invalid');
    if (log) {
      seen.push({
        at: Date.now(),
        method: req.method ?? '',
        path: url.pathname + url.search,
        url: req.url ?? '',
        headers: req.headers,
      });
    }
    if (handler) return handler(req, res);
    if (answerLarge(req, res)) return;
    const roll = faults.dropRate + faults.stallRate > 0 ? Math.random() : 1;
    if (roll < faults.dropRate) {
      counts.dropped++;
      return req.socket.destroy();
    }
    if (roll < faults.dropRate + faults.stallRate) {
      counts.stalled++;
      return; // never answered; the proxy gives up and closes the socket
    }
    counts.answered++;
    req.resume();
    const delayed = req.method === 'GET' && /^\/v1\/calls\/([^/]+)$/.exec(url.pathname)?.[1];
    const delay = delayed ? delays.get(decodeURIComponent(delayed)) : undefined;
    if (delay) setTimeout(() => answerApi(req, res, url), delay);
    else answerApi(req, res, url);
  });
  if (options.keepAliveMs !== undefined) server.keepAliveTimeout = options.keepAliveMs;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    overrides,
    rawBodies,
    delays,
    counts,
    setRecordingBase: (base) => {
      recordingBase = base;
    },
    handle: (next) => {
      handler = next;
    },
    setFaults: (plan) => {
      faults = plan;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
