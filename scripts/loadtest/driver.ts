import { Agent, request } from 'node:http';
import { LOAD_CALL_ID } from '../../test/harness/fakeApi/loadCalls.ts';

export interface Sample {
  ms: number;
  status: number; // 0 when the connection failed
  stop: boolean;
}

export interface LoadOptions {
  baseUrl: string;
  requests: number;
  concurrency: number;
  /** Share of requests that are stops (POST), the rest reads. */
  stopShare?: number;
  /** Hard limit; whatever is still running then is abandoned. */
  maxMs: number;
  headers?: Record<string, string>;
  /** The read's path (default: the ~6 kB call). */
  path?: string;
}

/** Closed-loop load: `concurrency` workers, each sending its next request when the last ends. */
export async function runLoad(o: LoadOptions): Promise<Sample[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.concurrency });
  const { hostname, port } = new URL(o.baseUrl);
  const samples: Sample[] = [];
  const deadline = Date.now() + o.maxMs;
  let issued = 0;
  const one = (stop: boolean, n: number) =>
    new Promise<Sample>((resolve) => {
      const started = performance.now();
      const done = (status: number) => resolve({ ms: performance.now() - started, status, stop });
      const req = request(
        {
          agent,
          hostname,
          port,
          method: stop ? 'POST' : 'GET',
          path: stop ? `/v1/calls/load-${n}/stop` : (o.path ?? `/v1/calls/${LOAD_CALL_ID}`),
          headers: { Accept: 'application/json', ...(o.headers ?? {}) },
          timeout: 15_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode ?? 0));
          res.on('error', () => done(0));
        },
      );
      req.on('timeout', () => req.destroy(new Error('client timeout')));
      req.on('error', () => done(0));
      req.end();
    });
  const worker = async () => {
    while (issued < o.requests && Date.now() < deadline) {
      const n = issued++;
      const stop = (o.stopShare ?? 0) > 0 && n % Math.round(1 / o.stopShare!) === 0;
      samples.push(await one(stop, n));
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  agent.destroy();
  return samples;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summary(samples: Sample[]) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / (ms.length || 1);
  return {
    n: ms.length,
    mean,
    p50: percentile(ms, 50),
    p90: percentile(ms, 90),
    p99: percentile(ms, 99),
    max: ms.at(-1) ?? NaN,
  };
}
