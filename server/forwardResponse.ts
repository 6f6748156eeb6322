import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';

/** Hop-by-hop or unsafe response headers never copied to the browser. */
const DROPPED_HEADERS = new Set([
  'set-cookie',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'cache-control',
]);
/** Error bodies are small; anything bigger is not worth scrubbing and is refused. */
const MAX_ERROR_BODY = 256 * 1024;
const decoders: Record<string, (b: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** An answer the API broke off mid-body must not look complete to the browser: cut it too. */
function cutIfIncomplete(proxyRes: IncomingMessage, res: ServerResponse) {
  proxyRes.once('close', () => {
    if (!proxyRes.complete) res.destroy();
  });
}

function scrub(text: string, secret: string | null): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}

/**
 * Sends the API's answer on to the browser. Successful answers stream through untouched.
 * Error answers are buffered and any echo of the key is redacted, in case the API or a gateway
 * in front of it (some WAF error pages do) reflects request headers back.
 */
export function forwardResponse(
  proxyRes: IncomingMessage,
  res: ServerResponse,
  secret: string | null,
): void {
  if (proxyRes.destroyed && !proxyRes.complete) {
    res.destroy(); // broke off while a stop's audit line was being written
    return;
  }
  const status = proxyRes.statusCode ?? 502;
  const headers: Record<string, string | string[]> = { 'cache-control': 'no-store' };
  for (const [name, value] of Object.entries(proxyRes.headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name)) continue;
    headers[name] = Array.isArray(value)
      ? value.map((v) => scrub(v, secret))
      : scrub(value, secret);
  }
  if (status < 400) {
    cutIfIncomplete(proxyRes, res);
    res.writeHead(status, headers);
    proxyRes.pipe(res);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  proxyRes.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_ERROR_BODY) proxyRes.destroy();
    else chunks.push(chunk);
  });
  proxyRes.once('error', () => res.destroy());
  proxyRes.once('end', () => {
    const encoding = String(proxyRes.headers['content-encoding'] ?? '').toLowerCase();
    const decode = encoding ? decoders[encoding] : async (b: Buffer) => b;
    if (!decode) return void res.destroy();
    decode(Buffer.concat(chunks)).then(
      (body) => {
        const text = scrub(body.toString('utf8'), secret);
        delete headers['content-encoding'];
        headers['content-length'] = String(Buffer.byteLength(text));
        res.writeHead(status, headers);
        res.end(text);
      },
      () => res.destroy(),
    );
  });
  proxyRes.once('close', () => {
    if (!proxyRes.complete) res.destroy();
  });
  proxyRes.resume(); // a stop's answer was paused while its audit line was written
}
