// @vitest-environment node
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScrubber, REDACTED } from '../../server/upstream/scrub.ts';

describe('createScrubber', () => {
  it('replaces every occurrence, however the stream is cut', async () => {
    const secret = 'oi_sk_abcabcX';
    const pieces = fc.constantFrom(
      'a',
      'b',
      'c',
      'oi_sk_',
      'abc',
      secret,
      'oi_sk_abcab',
      'X',
      '\n',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(pieces, { maxLength: 30 }),
        fc.array(fc.nat(40)),
        async (p, cuts) => {
          const input = Buffer.from(p.join(''));
          const chunks: Buffer[] = [];
          let at = 0;
          for (const cut of cuts) {
            if (at >= input.length) break;
            chunks.push(input.subarray(at, at + cut + 1));
            at += cut + 1;
          }
          if (at < input.length) chunks.push(input.subarray(at));
          const out = await text(Readable.from(chunks).pipe(createScrubber(secret)));
          expect(out).toBe(p.join('').split(secret).join(REDACTED));
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });
});
