import type { Request, Response } from 'express';
import {
  constants,
  createBrotliCompress,
  createGzip,
  type BrotliCompress,
  type Gzip,
} from 'node:zlib';

/** Sends the 200 with `headers` (and the chosen Content-Encoding), then writes lines. */
export interface LineWriter {
  /** Writes a line; `flush` pushes it through the compressor at once (progress must arrive). */
  write: (text: string, flush: boolean) => void;
  end: () => void;
  /** Bytes put on the wire so far (after compression). */
  readonly bytesOut: number;
}

/**
 * Compression for the stream, done here: the production app's compression() skips NDJSON (not
 * in mime-db as compressible), and the dev server has none. Brotli at quality 5 or gzip at 6;
 * progress lines are flushed one by one so the browser's bar moves as pages arrive.
 */
export function lineWriter(
  req: Request,
  res: Response,
  headers: Record<string, string>,
): LineWriter {
  const encoding = req.acceptsEncodings(['br', 'gzip', 'identity']);
  const compressed = encoding === 'br' || encoding === 'gzip';
  res.writeHead(200, compressed ? { ...headers, 'Content-Encoding': encoding } : headers);
  let bytesOut = 0;
  const count = (chunk: Buffer) => {
    bytesOut += chunk.length;
  };
  if (!compressed) {
    return {
      write: (text) => {
        const chunk = Buffer.from(text, 'utf8');
        count(chunk);
        res.write(chunk);
      },
      end: () => res.end(),
      get bytesOut() {
        return bytesOut;
      },
    };
  }
  const zip: BrotliCompress | Gzip =
    encoding === 'br'
      ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : createGzip({ level: 6 });
  zip.on('data', count);
  zip.on('error', () => res.destroy());
  zip.pipe(res);
  res.once('close', () => zip.destroy());
  return {
    write: (text, flush) => {
      zip.write(text);
      if (flush) {
        if (encoding === 'br') (zip as BrotliCompress).flush();
        else (zip as Gzip).flush(constants.Z_SYNC_FLUSH);
      }
    },
    end: () => zip.end(),
    get bytesOut() {
      return bytesOut;
    },
  };
}
