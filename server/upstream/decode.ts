import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { UpstreamError } from './errors.ts';

/** What the console asks the API for: the key can only be scrubbed from bytes it can read. */
export const ACCEPTED_ENCODINGS = 'gzip, br';

// 64 kB output chunks (zlib's default is 16 kB): a 4 MB call decodes in half the time, and
// every later stage (scrubbing, the console's compression) sees a quarter of the chunks.
const CHUNK = { chunkSize: 64 * 1024 };
const decoders: Record<string, () => Transform> = {
  gzip: () => createGunzip(CHUNK),
  'x-gzip': () => createGunzip(CHUNK),
  br: () => createBrotliDecompress(CHUNK),
  deflate: () => createInflate(CHUNK),
};

/**
 * A stream that undoes the API's Content-Encoding, or null for an unencoded body. The body is
 * decoded so it can be scrubbed of the key; the console's own compression encodes it again.
 */
export function decoderFor(contentEncoding: string | undefined, status: number): Transform | null {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return null;
  const make = decoders[encoding];
  if (!make) {
    throw new UpstreamError(
      'bad_answer',
      `answered ${status} with an encoding the console cannot read (${encoding})`,
      status,
    );
  }
  return make();
}
