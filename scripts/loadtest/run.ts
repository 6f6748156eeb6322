/**
 * `npm run loadtest`: loopback-only load against the console's /v1 proxy and a fake upstream.
 *  1. Added latency: the same reads straight at the fake upstream and through the proxy; with
 *     `--baseline <checkout>` also through that checkout's proxy, interleaved in the same run.
 *     Then a ~4 MB call, gzipped by the API and not, through each.
 *  2. Faults: 10% of upstream requests dropped or stalled, reads and stops mixed; the server must
 *     not crash, its memory must level off, and every answered stop must have its audit lines.
 * Bounded in count and time (hard stop at MAX_TOTAL_MS); it stops by itself and exits non-zero
 * when a check fails.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../../test/harness/paths.ts';
import { startConsole } from './consoleProcess.ts';
import { runLoad, summary, type LoadOptions, type Sample } from './driver.ts';

const MAX_TOTAL_MS = 240_000;
const KEY = `oi_sk_loadtest_${Math.random().toString(36).slice(2)}${Date.now()}`;
const quick = process.argv.includes('--quick');
const baselineAt = process.argv.indexOf('--baseline');
const BASELINE = baselineAt > 0 ? path.resolve(process.argv[baselineAt + 1] ?? '') : null;
/** Issue 12's budget for what the proxy adds at p99, one request at a time. */
const ADDED_P99_BUDGET_MS = 5;
const READS = quick ? 1_000 : 4_000;
const FAULT_REQUESTS = quick ? 1_500 : 8_000;
const CONCURRENCY = 16;
const TIMEOUT_MS = 1_000;

const hardStop = setTimeout(() => {
  console.error(`loadtest: still running after ${MAX_TOTAL_MS / 1000} s, giving up`);
  process.exit(2);
}, MAX_TOTAL_MS);
hardStop.unref();

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

/** The one fake API (test/harness/fakeApi) in its own process, answering the fixed ~6 kB call. */
async function startUpstreamProcess(): Promise<UpstreamProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/harness/fakeApi/process.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ports = await new Promise<{ port: number; control: number }>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(JSON.parse(d.toString().split('\n')[0]!)));
    child.once('exit', () => reject(new Error('fake API exited')));
  });
  const url = `http://127.0.0.1:${ports.port}`;
  const control = `http://127.0.0.1:${ports.control}`;
  return {
    url,
    setFaults: async (drop, stall) => {
      await fetch(`${control}/__faults?drop=${drop}&stall=${stall}`, { method: 'POST' });
    },
    counts: () => fetch(`${control}/__counts`).then((r) => r.json()),
    close: () => child.kill('SIGTERM'),
  };
}

function serverEnv(work: string, name: string): Record<string, string> {
  return {
    CONSOLE_AUDIT_LOG: path.join(work, `audit-${name}.jsonl`),
    CONSOLE_DIST_DIR: work,
    CONSOLE_UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
    CONSOLE_STOP_RATE_LIMIT: '1000000',
  };
}

/** Samples per path, taking turns in rounds so every path meets the same background noise. */
async function interleaved(
  paths: { name: string; options: LoadOptions }[],
  rounds: number,
): Promise<Map<string, Sample[]>> {
  const samples = new Map(paths.map((p) => [p.name, [] as Sample[]]));
  for (let r = 0; r < rounds; r++) {
    for (const p of paths) samples.get(p.name)!.push(...(await runLoad(p.options)));
  }
  return samples;
}

async function main() {
  const upstream = await startUpstreamProcess();
  const work = mkdtempSync(path.join(tmpdir(), 'console-loadtest-'));
  writeFileSync(path.join(work, 'index.html'), '<!doctype html><html><head></head></html>');
  const auditLog = path.join(work, 'audit-current.jsonl');
  const env = { ONEINBOX_API_URL: upstream.url };
  const current = await startConsole(ROOT, KEY, { ...env, ...serverEnv(work, 'current') });
  const baseline = BASELINE
    ? await startConsole(BASELINE, KEY, { ...env, ...serverEnv(work, 'baseline') })
    : null;
  const base = current.base;
  const results: string[] = [];
  const checks: [string, boolean][] = [];
  const pid = current.pid;
  const proxies = [
    { name: 'this checkout', base },
    ...(baseline ? [{ name: `baseline (${BASELINE})`, base: baseline.base }] : []),
  ];

  // 1. Added latency (warm every path first; keep-alive on both legs).
  console.log('loadtest: measuring added latency…');
  const direct = {
    baseUrl: upstream.url,
    requests: READS,
    concurrency: CONCURRENCY,
    maxMs: 40_000,
  };
  for (const p of [{ base: upstream.url }, ...proxies]) {
    await runLoad({ ...direct, baseUrl: p.base, requests: 300 });
  }
  const concurrent = [
    { name: 'direct', samples: await runLoad(direct) },
    ...proxies.map((p) => ({ name: p.name, samples: [] as Sample[] })),
  ];
  for (const [i, p] of proxies.entries()) {
    concurrent[i + 1]!.samples = await runLoad({ ...direct, baseUrl: p.base });
  }
  const servers = [current, ...(baseline ? [baseline] : [])];
  const cpuBefore = servers.map((s) => s.cpuMs());
  const oneAtATime = await interleaved(
    [{ name: 'direct', base: upstream.url }, ...proxies].map((p) => ({
      name: p.name,
      options: { ...direct, baseUrl: p.base, requests: 100, concurrency: 1 },
    })),
    quick ? 2 : 5,
  );
  const directSeq = summary(oneAtATime.get('direct')!);
  const directConc = summary(concurrent[0]!.samples);
  results.push(
    `### Added latency (GET /v1/calls/{id}, ~6 kB JSON)\n\n${HEADER}`,
    row(`direct, concurrency ${CONCURRENCY}`, directConc),
    ...proxies.map((p, i) =>
      row(`${p.name}, concurrency ${CONCURRENCY}`, summary(concurrent[i + 1]!.samples)),
    ),
    row('direct, one at a time', directSeq),
    ...proxies.map((p) => row(`${p.name}, one at a time`, summary(oneAtATime.get(p.name)!))),
    '',
  );
  const cpuPerRead = servers.map(
    (s, i) => (s.cpuMs() - cpuBefore[i]!) / oneAtATime.get(proxies[i]!.name)!.length,
  );
  for (const [i, p] of proxies.entries()) {
    const seq = summary(oneAtATime.get(p.name)!);
    const conc = summary(concurrent[i + 1]!.samples);
    results.push(
      `Added by ${p.name}, one at a time: p50 ${fmt(seq.p50 - directSeq.p50)} ms, ` +
        `p99 ${fmt(seq.p99 - directSeq.p99)} ms. Under concurrency ${CONCURRENCY}: ` +
        `p50 ${fmt(conc.p50 - directConc.p50)} ms, p99 ${fmt(conc.p99 - directConc.p99)} ms. ` +
        `Server CPU per read: ${fmt(cpuPerRead[i]!)} ms.`,
    );
  }
  const addedP99 = summary(oneAtATime.get('this checkout')!).p99 - directSeq.p99;
  checks.push(
    [
      'all proxied reads answered 200',
      concurrent.every((c) => c.samples.every((s) => s.status === 200)),
    ],
    [
      `added p99 one at a time ≤ ${ADDED_P99_BUDGET_MS} ms (${fmt(addedP99)})`,
      addedP99 <= ADDED_P99_BUDGET_MS,
    ],
  );

  // 1b. A ~4 MB call, as a browser asks for it (gzip accepted), time to the last byte.
  console.log('loadtest: a ~4 MB call…');
  results.push(
    '',
    '### A ~4 MB call (5,000 messages), one at a time (time to last byte; the client accepts gzip and br)',
    '',
    HEADER,
  );
  for (const [id, label] of [
    ['large-call', 'API gzips'],
    ['large-plain', 'API does not compress'],
  ] as const) {
    const large = await interleaved(
      [{ name: 'direct', base: upstream.url }, ...proxies].map((p) => ({
        name: p.name,
        options: {
          baseUrl: p.base,
          requests: quick ? 3 : 6,
          concurrency: 1,
          maxMs: 40_000,
          path: `/v1/calls/${id}`,
          headers: { 'Accept-Encoding': 'gzip, deflate, br' },
        },
      })),
      quick ? 2 : 3,
    );
    for (const [name, samples] of large) results.push(row(`${label}: ${name}`, summary(samples)));
    checks.push([
      `large call (${label}) answered 200 everywhere`,
      [...large.values()].every((xs) => xs.every((s) => s.status === 200)),
    ]);
  }
  baseline?.stop();

  // 2. Faults: 5% dropped connections, 5% stalls, one request in five a stop.
  console.log('loadtest: faulty upstream (10% dropped or stalled), reads and stops…');
  await upstream.setFaults(0.05, 0.05);
  const rss: number[] = [rssMb(pid)];
  const sampler = setInterval(() => {
    if (current.running()) rss.push(rssMb(pid));
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
    current.running() &&
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
    `Server alive afterwards: ${alive}. Log lines written: ${current.logLines()}; key found in them: ${current.keyInLogs()}.`,
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
    ['key never in logs', !current.keyInLogs() && !(baseline?.keyInLogs() ?? false)],
  );

  current.stop();
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
