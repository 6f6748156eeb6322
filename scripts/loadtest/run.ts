/**
 * `npm run loadtest`: loopback-only load against the console's /v1 proxy and a fake upstream.
 *  1. Added latency: the same reads straight at the fake upstream and through the proxy.
 *  2. Faults: 10% of upstream requests dropped or stalled, reads and stops mixed; the server must
 *     not crash, its memory must level off, and every answered stop must have its audit lines.
 * Bounded in count and time (hard stop at MAX_TOTAL_MS); it stops by itself and exits non-zero
 * when a check fails.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLoad, summary, type Sample } from './driver.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAX_TOTAL_MS = 180_000;
const KEY = `oi_sk_loadtest_${Math.random().toString(36).slice(2)}${Date.now()}`;
const quick = process.argv.includes('--quick');
const READS = quick ? 1_000 : 4_000;
const FAULT_REQUESTS = quick ? 1_500 : 8_000;
const CONCURRENCY = 16;
const TIMEOUT_MS = 1_000;

const hardStop = setTimeout(() => {
  console.error(`loadtest: still running after ${MAX_TOTAL_MS / 1000} s, giving up`);
  process.exit(2);
}, MAX_TOTAL_MS);
hardStop.unref();

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');
function row(name: string, s: ReturnType<typeof summary>) {
  return `| ${name} | ${s.n} | ${fmt(s.mean)} | ${fmt(s.p50)} | ${fmt(s.p90)} | ${fmt(s.p99)} | ${fmt(s.max)} |`;
}
const HEADER =
  '| run | requests | mean ms | p50 ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|';

interface UpstreamProcess {
  url: string;
  setFaults: (drop: number, stall: number) => Promise<void>;
  counts: () => Promise<{ answered: number; dropped: number; stalled: number }>;
  close: () => void;
}

async function startUpstreamProcess(): Promise<UpstreamProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/loadtest/upstreamProcess.ts'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) =>
      resolve(Number(JSON.parse(d.toString().split('\n')[0]!).port)),
    );
    child.once('exit', () => reject(new Error('fake upstream exited')));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    setFaults: async (drop, stall) => {
      await fetch(`${url}/__faults?drop=${drop}&stall=${stall}`, { method: 'POST' });
    },
    counts: () => fetch(`${url}/__counts`).then((r) => r.json()),
    close: () => child.kill('SIGTERM'),
  };
}

async function main() {
  const upstream = await startUpstreamProcess();
  const work = mkdtempSync(path.join(tmpdir(), 'console-loadtest-'));
  const auditLog = path.join(work, 'audit.jsonl');
  writeFileSync(path.join(work, 'index.html'), '<!doctype html><html><head></head></html>');
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      ONEINBOX_API_KEY: KEY,
      ONEINBOX_API_URL: upstream.url,
      CONSOLE_AUDIT_LOG: auditLog,
      CONSOLE_DIST_DIR: work,
      CONSOLE_UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
      CONSOLE_STOP_RATE_LIMIT: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server logs every request; scan its output for the key without keeping it all.
  let keyInLogs = false;
  let logLines = 0;
  let tail = '';
  const scan = (chunk: Buffer) => {
    const text = tail + chunk.toString();
    if (text.includes(KEY)) keyInLogs = true;
    logLines += chunk.toString().split('\n').length - 1;
    tail = text.slice(-KEY.length);
  };
  child.stdout.on('data', scan);
  child.stderr.on('data', scan);
  let exited: number | null | 'running' = 'running';
  child.on('exit', (code) => (exited = code));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exited !== 'running') throw new Error('console server exited during start-up');
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 150) throw new Error('console server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }

  const results: string[] = [];
  const checks: [string, boolean][] = [];
  const pid = child.pid!;

  // 1. Added latency (warm both paths first; keep-alive on both legs).
  console.log('loadtest: measuring added latency…');
  const direct = {
    baseUrl: upstream.url,
    requests: READS,
    concurrency: CONCURRENCY,
    maxMs: 40_000,
  };
  const proxied = { ...direct, baseUrl: base };
  await runLoad({ ...direct, requests: 300 });
  await runLoad({ ...proxied, requests: 300 });
  const directRun = summary(await runLoad(direct));
  const proxiedSamples = await runLoad(proxied);
  const proxiedRun = summary(proxiedSamples);
  const sequentialDirect = summary(await runLoad({ ...direct, requests: 500, concurrency: 1 }));
  const sequentialProxied = summary(await runLoad({ ...proxied, requests: 500, concurrency: 1 }));
  results.push(
    `### Added latency (GET /v1/calls/{id}, ~6 kB JSON)\n\n${HEADER}`,
    row(`direct, concurrency ${CONCURRENCY}`, directRun),
    row(`through proxy, concurrency ${CONCURRENCY}`, proxiedRun),
    row('direct, one at a time', sequentialDirect),
    row('through proxy, one at a time', sequentialProxied),
    '',
    `Added by the proxy, one at a time: p50 ${fmt(sequentialProxied.p50 - sequentialDirect.p50)} ms, ` +
      `p99 ${fmt(sequentialProxied.p99 - sequentialDirect.p99)} ms. ` +
      `Under concurrency ${CONCURRENCY}: p50 ${fmt(proxiedRun.p50 - directRun.p50)} ms, ` +
      `p99 ${fmt(proxiedRun.p99 - directRun.p99)} ms.`,
  );
  checks.push(['all proxied reads answered 200', proxiedSamples.every((s) => s.status === 200)]);

  // 2. Faults: 5% dropped connections, 5% stalls, one request in five a stop.
  console.log('loadtest: faulty upstream (10% dropped or stalled), reads and stops…');
  await upstream.setFaults(0.05, 0.05);
  const rss: number[] = [rssMb(pid)];
  const sampler = setInterval(() => {
    if (exited === 'running') rss.push(rssMb(pid));
  }, 250);
  const faultSamples: Sample[] = [];
  const rounds = quick ? 3 : 8;
  const rssAfterRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    faultSamples.push(
      ...(await runLoad({
        baseUrl: base,
        requests: FAULT_REQUESTS / rounds,
        concurrency: CONCURRENCY * 2,
        stopShare: 0.2,
        maxMs: 40_000,
        headers: { Origin: base },
      })),
    );
    rssAfterRound.push(rssMb(pid));
    rss.push(rssAfterRound.at(-1)!);
  }
  clearInterval(sampler);
  const counts = await upstream.counts();
  await upstream.setFaults(0, 0);
  const alive =
    exited === 'running' &&
    (await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    ));

  const byStatus = new Map<number, number>();
  for (const s of faultSamples) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
  const stops = faultSamples.filter((s) => s.stop);
  const answeredStops = stops.filter((s) => s.status !== 0);
  const lines = readFileSync(auditLog, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { result: string; requestId: string });
  const requested = lines.filter((l) => l.result === 'requested').length;
  const outcomes = lines.filter((l) => l.result !== 'requested');
  const outcomeCounts = new Map<string, number>();
  for (const l of outcomes) outcomeCounts.set(l.result, (outcomeCounts.get(l.result) ?? 0) + 1);
  const third = Math.max(1, Math.floor(rss.length / 3));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const rssMiddle = median(rss.slice(third, 2 * third));
  const rssLast = median(rss.slice(-third));

  results.push(
    '',
    `### Faulty upstream: ${faultSamples.length} requests, concurrency ${CONCURRENCY * 2}, 20% stops, upstream timeout ${TIMEOUT_MS} ms`,
    '',
    `Upstream: ${counts.answered} answered, ${counts.dropped} dropped, ${counts.stalled} stalled.`,
    `Statuses seen by clients: ${[...byStatus]
      .sort()
      .map(([k, v]) => `${k || 'no answer'}: ${v}`)
      .join(', ')}.`,
    `Stops: ${stops.length} sent, ${answeredStops.length} answered; audit log: ${requested} "requested" lines, ${outcomes.length} outcome lines (${[...outcomeCounts].map(([k, v]) => `${k} ${v}`).join(', ')}).`,
    `Server RSS (MB): start ${fmt(rss[0]!)}, median of middle third ${fmt(rssMiddle)}, median of last third ${fmt(rssLast)}, max ${fmt(Math.max(...rss))}; after each round of ${FAULT_REQUESTS / rounds}: ${rssAfterRound.map((m) => m.toFixed(0)).join(', ')}.`,
    `Server alive afterwards: ${alive}. Log lines written: ${logLines}; key found in them: ${keyInLogs}.`,
    '',
    summary(faultSamples) &&
      `${HEADER}\n${row('faulty upstream, all requests', summary(faultSamples))}`,
  );
  checks.push(
    ['server did not crash', alive],
    [
      'every answered stop has its requested and outcome lines',
      requested >= answeredStops.length && outcomes.length >= answeredStops.length,
    ],
    ['every stop forwarded has exactly one outcome', requested === outcomes.length],
    ['every client got an answer', faultSamples.every((s) => s.status !== 0)],
    ['faults answered 502/504', (byStatus.get(502) ?? 0) > 0 && (byStatus.get(504) ?? 0) > 0],
    ['memory levelled off (last third within 25% of middle third)', rssLast <= rssMiddle * 1.25],
    ['key never in logs', !keyInLogs],
  );

  child.kill('SIGTERM');
  upstream.close();
  const report = [
    ...results,
    '',
    '### Checks',
    '',
    ...checks.map(([name, ok]) => `- ${ok ? 'PASS' : 'FAIL'}: ${name}`),
  ].join('\n');
  console.log(`\n${report}\n`);
  writeFileSync(path.join(work, 'report.md'), report);
  console.log(`loadtest: report also written to ${path.join(work, 'report.md')}`);
  process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error('loadtest failed:', error);
  process.exit(1);
});
