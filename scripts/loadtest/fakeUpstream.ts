import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface FaultPlan {
  /** Share of requests whose connection is destroyed without an answer (→ 502). */
  dropRate: number;
  /** Share of requests never answered (→ 504 once the proxy's timeout passes). */
  stallRate: number;
}

export interface LoadUpstream {
  url: string;
  setFaults: (plan: FaultPlan) => void;
  counts: { answered: number; dropped: number; stalled: number };
  close: () => Promise<void>;
}

/** A ~6 kB call, about what a short real call weighs. */
const CALL = JSON.stringify({
  id: '5f0c1d2e-3a4b-4c5d-8e6f-000000000004',
  status: 'completed',
  messages: Array.from({ length: 40 }, (_, i) => ({
    role: i % 2 ? 'user' : 'agent',
    content: `Turn ${i}: a sentence of ordinary length said on a phone call.`,
  })),
  latency: {
    events: Array.from({ length: 60 }, (_, i) => ({ turn: i >> 2, type: 'llm_ttft', ms: 400 + i })),
  },
});

/** A seeded PRNG (mulberry32): the same large call every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = (
  'the a to of and is it you we can your for on at this that with my account appointment ' +
  'tuesday morning please confirm address number billing refund order delivery status thanks ' +
  'sure okay one two three four five minutes later call back transfer support issue resolved'
).split(' ');

/** A ~3.9 MB call: 5,000 messages of about 780 bytes of varied text, like the longest calls
 * seen; it gzips about 5:1 (815 kB), as transcripts do. */
const LARGE_CALL = (() => {
  const next = random(12);
  const sentence = () =>
    Array.from(
      { length: 12 + Math.floor(next() * 20) },
      () => WORDS[Math.floor(next() * WORDS.length)],
    ).join(' ');
  return JSON.stringify({
    id: 'large-call',
    status: 'completed',
    messages: Array.from({ length: 5_000 }, (_, i) => ({
      role: i % 2 ? 'user' : 'agent',
      content: `Turn ${i}: ${Array.from({ length: 6 }, sentence).join('. ')}.`,
    })),
  });
})();
const LARGE_CALL_GZIP = gzipSync(LARGE_CALL);

/**
 * `/v1/calls/large-call` answers the large call, gzipped when the request accepts it (as an API
 * behind a compressing gateway would); `/v1/calls/large-plain` never compresses it.
 */
function answerLarge(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? '';
  if (!url.startsWith('/v1/calls/large-')) return false;
  const gzip = url === '/v1/calls/large-call' && /gzip/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    'Content-Type': 'application/json',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(gzip ? LARGE_CALL_GZIP : LARGE_CALL);
  return true;
}

/** The OneInbox API stand-in for load: fixed answers, optional injected faults. */
export async function startLoadUpstream(
  control: (req: IncomingMessage, res: ServerResponse) => boolean = () => false,
): Promise<LoadUpstream> {
  let plan: FaultPlan = { dropRate: 0, stallRate: 0 };
  const counts = { answered: 0, dropped: 0, stalled: 0 };
  const server: Server = createServer((req, res) => {
    if (control(req, res) || answerLarge(req, res)) return;
    const roll = Math.random();
    if (roll < plan.dropRate) {
      counts.dropped++;
      req.socket.destroy();
      return;
    }
    if (roll < plan.dropRate + plan.stallRate) {
      counts.stalled++;
      return; // never answer; the proxy gives up and closes the socket
    }
    counts.answered++;
    req.resume();
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(CALL);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    setFaults: (next) => {
      plan = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
