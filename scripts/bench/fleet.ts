/**
 * The fleet view's bench (issue 16): GET /console/latency over 5,000 calls from a fake API.
 *
 * The fake list serves 5,000 of the fleet demo's calls, each padded with a realistic transcript
 * (the API's list items are full calls with every message), 100 a page. The production server
 * (live mode) pages it with its key. Measured:
 * - server wall time: request → last byte of the answer, read fresh (`fresh=1`, no cache);
 * - the server's peak RSS (VmHWM from /proc: the process's high-water mark since it started);
 * - bytes sent to the browser: the compressed answer for a browser's Accept-Encoding (the route picks gzip);
 * - time to first figures: navigation → the headline figures on screen in Chromium, with the
 *   server's cache cold, and again warm (a second view within the cache's 60 s).
 */
import { request as httpRequest, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { fleetCalls } from '../../src/mocks/fleet/fleetCalls.ts';
import { startConsoleServer } from '../../test/harness/consoleProcess.ts';

export const FLEET_BENCH_CALLS = 5000;
/** Transcript padding per call: ~40 messages of ~220 characters (~9 KB), like a 5-minute call. */
const PAD_MESSAGES = 40;
const PAD_TEXT =
  'I can help with that. Let me look up the details on your account and check what options are available for you today, including the earliest appointment and the documents you would need to bring.';

export interface FleetBench {
  calls: number;
  listBytesPerPage: number;
  serverWallMs: number[];
  serverWallMedianMs: number;
  wireBytes: number;
  decodedBytes: number;
  /** Peak RSS after start, after each fresh read, and at the end: flat when memory is. */
  peakRssMiB: { afterStart: number; perRun: number[]; afterRuns: number };
  firstFiguresMs: { cold: number; warm: number };
}

function fakeList(count: number) {
  const now = Date.now();
  const calls = fleetCalls({ now, count }).map((call) => ({
    ...call,
    messages: [
      ...(Array.isArray(call.messages) ? call.messages : []),
      ...Array.from({ length: PAD_MESSAGES }, (_, i) => ({
        role: i % 2 ? 'user' : 'agent',
        content: `${PAD_TEXT} (${i})`,
      })),
    ],
  }));
  calls.sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
  let pageBytes = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    if (url.pathname === '/v1/calls') {
      const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 20));
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const agent = url.searchParams.get('agent_id');
      const status = url.searchParams.get('status');
      const matching = calls.filter(
        (c) => (!agent || c.agent_id === agent) && (!status || c.status === status),
      );
      const body = JSON.stringify({
        items: matching.slice(offset, offset + limit),
        total: matching.length,
        limit,
        offset,
      });
      pageBytes = Math.max(pageBytes, Buffer.byteLength(body));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(body);
    }
    const agent = /^\/v1\/agents\/([^/]+)$/.exec(url.pathname);
    if (agent) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ id: agent[1], name: `Agent ${agent[1]}` }));
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"detail":"Not Found"}');
  });
  return {
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    pageBytes: () => pageBytes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** The answer as a browser gets it (compressed), read to its end: wall time and bytes on the wire. */
function readAnswer(url: string): Promise<{ ms: number; wire: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(
      url,
      { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } },
      (res) => {
        let wire = 0;
        res.on('data', (chunk: Buffer) => (wire += chunk.length));
        res.on('end', () =>
          resolve({
            ms: performance.now() - started,
            wire,
            encoding: String(res.headers['content-encoding'] ?? 'identity'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function firstFigures(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Headline figures"]') !== null,
      undefined,
      { polling: 'raf', timeout: 180_000 },
    );
    return Math.round(await page.evaluate(() => performance.now()));
  } finally {
    await context.close();
  }
}

export async function benchFleet(
  browser: Browser,
  distDir: string,
  runs = Number(process.env.BENCH_FLEET_RUNS ?? 3),
): Promise<FleetBench> {
  const list = fakeList(FLEET_BENCH_CALLS);
  const apiUrl = await list.start();
  const server = await startConsoleServer({
    ONEINBOX_API_KEY: 'oi_sk_bench_only',
    ONEINBOX_API_URL: apiUrl,
    CONSOLE_DIST_DIR: distDir,
  });
  const pid = server.pid;
  try {
    const afterStart = peakRssMiB(pid);
    const cold = await firstFigures(browser, `${server.url}/latency?window=5000`);
    const warm = await firstFigures(browser, `${server.url}/latency?window=5000`);
    const wall: number[] = [];
    const perRun: number[] = [];
    let wire = 0;
    for (let i = 0; i < runs; i++) {
      const answer = await readAnswer(`${server.url}/console/latency?limit=5000&fresh=1`);
      wall.push(Math.round(answer.ms));
      wire = answer.wire;
      perRun.push(peakRssMiB(pid));
      process.stdout.write(
        `fleet run ${i + 1}: ${Math.round(answer.ms)} ms, ${answer.wire} B ${answer.encoding}\n`,
      );
    }
    const decoded = await fetch(`${server.url}/console/latency?limit=5000`).then((r) => r.text());
    const sorted = [...wall].sort((a, b) => a - b);
    return {
      calls: FLEET_BENCH_CALLS,
      listBytesPerPage: list.pageBytes(),
      serverWallMs: wall,
      serverWallMedianMs: sorted[Math.floor(sorted.length / 2)]!,
      wireBytes: wire,
      decodedBytes: Buffer.byteLength(decoded),
      peakRssMiB: { afterStart, perRun, afterRuns: peakRssMiB(pid) },
      firstFiguresMs: { cold, warm },
    };
  } finally {
    await server.stop();
    await list.close();
  }
}
