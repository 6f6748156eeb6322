import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UpstreamHandler } from './fakeUpstream.ts';

/**
 * A GET /v1/calls as loose as the spec allows: opaque ids, free-string statuses, fields missing
 * or null, latency null or not an object, messages of any shape, keys the console never heard
 * of, and a `total` that may be absent. Faults and delays per offset, for the latency endpoint.
 */
export function looseCall(i: number): Record<string, unknown> {
  const call: Record<string, unknown> = {
    id: `call_${i}`,
    agent_id: i % 3 === 0 ? 'agt_front' : 'agt_back',
    status: ['completed', 'COMPLETED', 'voicemail', 'failed'][i % 4],
    type: i % 2 ? 'web' : 'outbound',
    created_at: new Date(Date.UTC(2026, 10, 20) - i * 60_000).toISOString(),
    messages: [
      { role: 'agent', content: 'Hello' },
      'odd',
      { role: 'user', content: [{ text: 'hi' }] },
    ],
    transcript: 'Agent: Hello',
    analysis: { outcome: 'Interested', extracted_data: { note: 'x'.repeat(200) } },
    worker_pool: 'eu-2',
    metadata: { concurrency_at_dispatch: (i % 40) + 1, crm: `ct_${i}` },
    latency: {
      stt: { p50_ms: 150, provider: i % 2 ? 'deepgram' : 'assemblyai' },
      events: [1, 2, 3].flatMap((turn) => [
        { turn, type: 'eou_delay', ms: 100 + (i % 7) },
        { turn, type: 'stt', ms: 150 + turn },
        { turn, type: 'llm_ttft', ms: 400 + (i % 11) * 10 },
        { turn, type: 'tts_ttfb', ms: 120 },
      ]),
    },
  };
  if (i % 10 === 5) call.latency = null;
  if (i % 25 === 7) call.latency = 'n/a';
  if (i % 30 === 11) delete call.created_at;
  if (i % 17 === 3) delete call.metadata;
  return call;
}

export type PageFault = 'ok' | 'error-500' | 'cut' | 'hang';

export interface FakeList {
  handler: UpstreamHandler;
  /** Requests whose connection closed before the answer was complete (the console gave up). */
  abandoned: string[];
}

export function fakeList({
  count,
  withTotal = true,
  delayMs = () => 0,
  fault = () => 'ok',
}: {
  count: number;
  withTotal?: boolean;
  delayMs?: (offset: number) => number;
  /** `attempt` counts the requests for this offset, from 1. */
  fault?: (offset: number, attempt: number) => PageFault;
}): FakeList {
  const attempts = new Map<number, number>();
  const abandoned: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://upstream.invalid');
    res.once('close', () => {
      if (!res.writableFinished) abandoned.push(req.url ?? '');
    });
    if (req.method !== 'GET' || url.pathname !== '/v1/calls') {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      return void res.end(JSON.stringify({ detail: 'Not Found' }));
    }
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const attempt = (attempts.get(offset) ?? 0) + 1;
    attempts.set(offset, attempt);
    setTimeout(() => {
      const what = fault(offset, attempt);
      if (what === 'hang') return;
      if (what === 'cut') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"items":[{"id":"call_');
        return void setTimeout(() => res.socket?.destroy(), 20);
      }
      if (what === 'error-500') {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        return void res.end(JSON.stringify({ detail: 'Internal error while listing calls' }));
      }
      const items = Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, k) =>
        looseCall(offset + k),
      );
      const body: Record<string, unknown> = { items, limit, offset };
      if (withTotal) body.total = count;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    }, delayMs(offset));
  };
  return { handler, abandoned };
}
