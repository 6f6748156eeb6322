import { Transform } from 'node:stream';

export const REDACTED = '[redacted]';

/** The secret replaced in a string (header values, buffered text). */
export function scrubText(text: string, secret: string | null): string {
  return secret ? text.split(secret).join(REDACTED) : text;
}

/** Length of the longest tail of `buf` that is a proper prefix of `needle`. */
function partialMatchAtEnd(buf: Buffer, needle: Buffer): number {
  for (let k = Math.min(needle.length - 1, buf.length); k > 0; k--) {
    if (buf.subarray(buf.length - k).equals(needle.subarray(0, k))) return k;
  }
  return 0;
}

/**
 * Replaces every occurrence of the secret in a byte stream, including one split across chunks:
 * a chunk's tail that could be the start of the secret is held back until the next chunk (or the
 * end) shows whether it is. Everything else passes on at once, so large bodies stream.
 */
export function createScrubber(secret: string | null): Transform {
  if (!secret) return new Transform({ transform: (chunk, _enc, done) => done(null, chunk) });
  const needle = Buffer.from(secret, 'utf8');
  const replacement = Buffer.from(REDACTED, 'utf8');
  let held: Buffer = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const buf = held.length ? Buffer.concat([held, chunk]) : chunk;
      const parts: Buffer[] = [];
      let start = 0;
      for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, start)) {
        parts.push(buf.subarray(start, at), replacement);
        start = at + needle.length;
      }
      const rest = buf.subarray(start);
      const keep = partialMatchAtEnd(rest, needle);
      parts.push(rest.subarray(0, rest.length - keep));
      held = Buffer.from(rest.subarray(rest.length - keep));
      const out = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      done(null, out.length ? out : undefined);
    },
    flush(done) {
      done(null, held.length ? held : undefined);
    },
  });
}
