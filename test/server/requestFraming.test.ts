// @vitest-environment node
// Holes 1 and 2 of issue 12: request smuggling through a GET body, and Expect: 100-continue
// skipping the request rewrite. The attacks go over a raw socket, byte for byte.
import { describe, expect, it } from 'vitest';
import { FAKE_KEY, raw, stop } from './support/consoleServer.ts';
import { setupFakeUpstream, setupInProcessServer } from './support/fixtures.ts';
import { rawExchange, rawRequest, statuses } from './support/rawSocket.ts';

const upstream = setupFakeUpstream();
const server = setupInProcessServer(() => ({ ONEINBOX_API_URL: upstream.url }));

const settle = () => new Promise((r) => setTimeout(r, 300));

/** A complete stop request, as a stock HTTP server behind the proxy would parse it. */
const smuggledStop = (host: string) =>
  `POST /v1/calls/victim/stop HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\n\r\n`;

/** The smuggled stop, as the body of a chunked request. */
const chunkedStop = () => {
  const inner = smuggledStop(new URL(upstream.url).host);
  return `${inner.length.toString(16)}\r\n${inner}\r\n0\r\n\r\n`;
};

/** Sends one request byte for byte, then waits for anything smuggled to reach the API. */
async function exchange(requestLine: string, headers: Record<string, string>, body = '') {
  const answer = await rawExchange(server.url, rawRequest(server.url, requestLine, headers, body));
  await settle();
  return answer;
}

describe('hole 1: a request smuggled in a GET body', () => {
  it('refuses a chunked GET with 400 and sends nothing upstream', async () => {
    const answer = await exchange(
      'GET /v1/calls/call_a HTTP/1.1',
      { 'Transfer-Encoding': 'chunked' },
      chunkedStop(),
    );
    expect(statuses(answer)).toEqual([400]);
    expect(answer).toMatch(/Transfer-Encoding/);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(upstream.seen).toEqual([]);
  });

  it('refuses a GET with a Content-Length body with 400 and sends nothing upstream', async () => {
    const inner = smuggledStop(new URL(upstream.url).host);
    const answer = await exchange(
      'GET /v1/calls/call_a HTTP/1.1',
      { 'Content-Length': String(inner.length) },
      inner,
    );
    expect(statuses(answer)).toEqual([400]);
    expect(upstream.seen).toEqual([]);
  });

  it('refuses a stop with a chunked body, says it was not sent, and sends nothing', async () => {
    const answer = await exchange(
      'POST /v1/calls/call_a/stop HTTP/1.1',
      { 'Transfer-Encoding': 'chunked', Origin: server.url, 'Sec-Fetch-Site': 'same-origin' },
      chunkedStop(),
    );
    expect(statuses(answer)).toEqual([400]);
    expect(answer).toMatch(/the stop was not sent/);
    expect(upstream.seen).toEqual([]);
  });
});

describe('hole 2: Expect: 100-continue', () => {
  it('refuses it with 400 before anything reaches the API', async () => {
    const answer = await exchange('GET /v1/calls/call_a HTTP/1.1', {
      Expect: '100-continue',
      Cookie: 'session=browser',
      Authorization: 'Basic YWRhOnMzY3JldA==',
      'X-Forwarded-User': 'mallory',
    });
    // No "100 Continue" first: the client is never invited to send a body.
    expect(statuses(answer)).toEqual([400]);
    expect(answer).toMatch(/Expect/);
    expect(upstream.seen).toEqual([]);
  });

  it('refuses a stop with Expect too (a real HTTP client)', async () => {
    const res = await stop(server.url, 'call_a', { Expect: '100-continue' });
    expect(res.status).toBe(400);
    expect(upstream.seen).toEqual([]);
  });
});

describe('GET /console/latency frames requests as /v1 does (issue 16)', () => {
  it('refuses a chunked GET carrying a smuggled stop, and pages nothing', async () => {
    const answer = await exchange(
      'GET /console/latency?limit=100 HTTP/1.1',
      { 'Transfer-Encoding': 'chunked' },
      chunkedStop(),
    );
    expect(statuses(answer)).toEqual([400]);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(upstream.seen).toEqual([]);
  });

  it('refuses Expect: 100-continue without a 100, and pages nothing', async () => {
    const answer = await exchange('GET /console/latency?limit=100 HTTP/1.1', {
      Expect: '100-continue',
    });
    expect(statuses(answer)).toEqual([400]);
    expect(upstream.seen).toEqual([]);
  });

  it('answers odd methods with 405 and never reaches the API', async () => {
    // At once: each exchange waits out its quiet time, and they do not touch each other.
    const answers = await Promise.all(
      ['PUT', 'DELETE', 'PATCH', 'OPTIONS'].map((method) =>
        exchange(`${method} /console/latency HTTP/1.1`, {}),
      ),
    );
    for (const answer of answers) expect(statuses(answer)).toEqual([405]);
    expect(upstream.seen).toEqual([]);
  });
});

describe('the console builds every upstream request itself', () => {
  it('sends only the headers it sets, whatever the browser sent', async () => {
    const browser = {
      Cookie: 'session=browser',
      Authorization: 'Basic YWRhOnMzY3JldA==',
      'X-Forwarded-User': 'mallory',
      'X-Forwarded-For': '10.0.0.1',
      'Accept-Encoding': 'identity',
      'Content-Type': 'text/plain',
      'If-None-Match': '"x"',
      Range: 'bytes=0-10',
      'X-Custom': 'y',
    };
    expect((await raw(server.url, 'GET', '/v1/calls/call_a?limit=3', browser)).status).toBe(200);
    expect((await stop(server.url, 'call_a', browser)).status).toBe(200);
    const [read, stopped] = upstream.seen;
    const names = (h: object) => Object.keys(h).sort();
    expect(read!.method).toBe('GET');
    expect(read!.url).toBe('/v1/calls/call_a');
    const built = [
      'accept',
      'accept-encoding',
      'authorization',
      'connection',
      'host',
      'user-agent',
    ];
    expect(names(read!.headers)).toEqual(built);
    expect(stopped!.method).toBe('POST');
    expect(stopped!.url).toBe('/v1/calls/call_a/stop');
    expect(names(stopped!.headers)).toEqual([...built, 'content-length'].sort());
    expect(stopped!.headers['content-length']).toBe('0');
    for (const seen of [read!, stopped!]) {
      expect(seen.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
      expect(seen.headers.accept).toBe('application/json');
      expect(seen.headers['user-agent']).toBe('oneinbox-call-console');
      expect(seen.headers.host).toBe(new URL(upstream.url).host);
    }
  });

  it('abandons the upstream request when the browser goes away', async () => {
    let upstreamClosed: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
    upstream.handle((req) => req.socket.once('close', () => upstreamClosed())); // never answers
    const started = Date.now();
    await rawExchange(server.url, rawRequest(server.url, 'GET /v1/calls/slow HTTP/1.1'), {
      quietMs: 200,
    });
    await closed;
    // Well before the 10 s upstream timeout.
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
