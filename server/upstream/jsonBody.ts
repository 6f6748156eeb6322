import type { Readable } from 'node:stream';
import { UpstreamError } from './errors.ts';

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function firstSignificant(chunk: Buffer, atStart: boolean): number {
  let i = atStart && chunk.subarray(0, 3).equals(BOM) ? 3 : 0;
  while (i < chunk.length && WHITESPACE.has(chunk[i]!)) i++;
  return i < chunk.length ? i : -1;
}

/**
 * Waits for the body's first significant byte and resolves once it is `{` or `[`, leaving the
 * stream as it was (nothing consumed but leading whitespace). An HTML error page, plain text or
 * an empty body is refused before anything reaches the browser. Whether the rest parses is the
 * browser's (or `readJson`'s) job: checking it here would mean holding multi-MB calls in memory.
 */
export function expectJsonStart(body: Readable, status: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let atStart = true;
    const cleanup = () => {
      body.off('readable', onReadable);
      body.off('end', onEnd);
      body.off('error', onError);
    };
    const onReadable = () => {
      for (let chunk = body.read() as Buffer | null; chunk; chunk = body.read() as Buffer | null) {
        const i = firstSignificant(chunk, atStart);
        atStart = false;
        if (i === -1) continue;
        cleanup();
        body.unshift(chunk.subarray(i));
        if (chunk[i] === 0x7b || chunk[i] === 0x5b) resolve();
        else reject(notJson(status, 'a body that is not JSON'));
        return;
      }
    };
    const onEnd = () => {
      cleanup();
      reject(notJson(status, 'an empty body'));
    };
    const onError = (error: unknown) => {
      cleanup();
      reject(error);
    };
    body.on('readable', onReadable);
    body.once('end', onEnd);
    body.once('error', onError);
  });
}

export function notJson(status: number, what: string): UpstreamError {
  return new UpstreamError('bad_answer', `answered ${status} with ${what} instead of JSON`, status);
}

/** Reads a whole JSON body (for server code that needs the value, not a stream). */
export async function readJson(body: Readable, status: number, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      body.destroy();
      throw new UpstreamError(
        'bad_answer',
        `answered ${status} with more than ${maxBytes} bytes`,
        status,
      );
    }
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw notJson(status, 'a body that does not parse');
  }
}
