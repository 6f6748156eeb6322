// @vitest-environment node
// Hole 4 of issue 12: only error bodies were scrubbed of the key, so an API or gateway that
// echoes the request's Authorization in a 200 body handed the key to the browser.
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FAKE_KEY, raw, stop } from './support/consoleServer.ts';
import { setupFakeUpstream, setupInProcessServer } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const server = setupInProcessServer(() => ({ ONEINBOX_API_URL: upstream.url }));

const REDACTED = '[redacted]';

const ENCODERS = {
  plain: (b: Buffer) => b,
  gzip: (b: Buffer) => gzipSync(b),
  br: (b: Buffer) => brotliCompressSync(b),
  deflate: (b: Buffer) => deflateSync(b),
} as const;

describe('hole 4: successful answers are scrubbed of the key too', () => {
  it.each(Object.keys(ENCODERS) as (keyof typeof ENCODERS)[])(
    'a 200 that echoes the Authorization header (%s)',
    async (encoding) => {
      upstream.handle((req, res) => {
        const body = JSON.stringify({ id: 'abc', debug: { headers: req.headers } });
        res.writeHead(200, {
          'Content-Type': 'application/json',
          ...(encoding === 'plain' ? {} : { 'Content-Encoding': encoding }),
        });
        res.end(ENCODERS[encoding](Buffer.from(body)));
      });
      for (const res of [
        await raw(server.url, 'GET', '/v1/calls/abc'),
        await stop(server.url, 'abc'),
      ]) {
        expect(res.status).toBe(200);
        expect(res.body).not.toContain(FAKE_KEY);
        expect(JSON.parse(res.body).debug.headers.authorization).toBe(`Bearer ${REDACTED}`);
        expect(res.headers['content-encoding']).toBeUndefined(); // raw() asks for none
      }
    },
  );

  it('a key split across the API’s writes, in a multi-MB call the console compresses', async () => {
    const filler = 'x'.repeat(70_000);
    const parts = Array.from({ length: 80 }, (_, i) => `${filler}${i}`);
    // The key straddles every write: its first half ends one, its second half starts the next.
    const half = FAKE_KEY.length >> 1;
    const writes = parts.map((p) => `${p}${FAKE_KEY.slice(0, half)}`);
    const expected = `{"items":"${parts.join(REDACTED)}${REDACTED}"}`;
    upstream.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"items":"');
      let i = 0;
      const next = () => {
        if (i === writes.length) return void res.end(`${FAKE_KEY.slice(half)}"}`);
        res.write(`${i === 0 ? '' : FAKE_KEY.slice(half)}${writes[i++]}`, () => setImmediate(next));
      };
      next();
    });
    const res = await fetch(`${server.url}/v1/calls/big`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip'); // the console compresses again
    const body = await res.text(); // fetch decodes it
    expect(body.length).toBeGreaterThan(5_000_000);
    expect(body).not.toContain(FAKE_KEY);
    expect(body).toBe(expected);
  });
});
