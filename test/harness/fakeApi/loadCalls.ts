/**
 * Fixed payloads for load: a ~6 kB call (about what a short real call weighs) and a ~3.9 MB one
 * (5,000 messages of varied text, like the longest calls seen; it gzips about 5:1, as
 * transcripts do). The same bytes every run.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** The ~6 kB call's id (also a demo id, so the same path works against the demo data). */
export const LOAD_CALL_ID = '5f0c1d2e-3a4b-4c5d-8e6f-000000000004';

export const loadCall = (id: string, status = 'completed') => ({
  id,
  status,
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

let large: { plain: string; gzip: Buffer } | null = null;

/** Built on first use (most runs never ask for it); the load test builds it before measuring. */
export function largeCall() {
  if (large) return large;
  const next = random(12);
  const sentence = () =>
    Array.from(
      { length: 12 + Math.floor(next() * 20) },
      () => WORDS[Math.floor(next() * WORDS.length)],
    ).join(' ');
  const plain = JSON.stringify({
    id: 'large-call',
    status: 'completed',
    messages: Array.from({ length: 5_000 }, (_, i) => ({
      role: i % 2 ? 'user' : 'agent',
      content: `Turn ${i}: ${Array.from({ length: 6 }, sentence).join('. ')}.`,
    })),
  });
  large = { plain, gzip: gzipSync(plain) };
  return large;
}

/**
 * `/v1/calls/large-call` answers the large call, gzipped when the request accepts it (as an API
 * behind a compressing gateway would); `/v1/calls/large-plain` never compresses it.
 */
export function answerLarge(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? '';
  if (!url.startsWith('/v1/calls/large-')) return false;
  const gzip = url === '/v1/calls/large-call' && /gzip/.test(req.headers['accept-encoding'] ?? '');
  const body = largeCall();
  res.writeHead(200, {
    'Content-Type': 'application/json',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(gzip ? body.gzip : body.plain);
  return true;
}
