import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';

export interface ConsoleProcess {
  base: string;
  pid: number;
  running: () => boolean;
  /** Whether the key appeared anywhere in the server's output so far. */
  keyInLogs: () => boolean;
  logLines: () => number;
  /** CPU time (user + system) the server has used so far, in ms: unlike latency, it does not
   * depend on what else the machine is doing. */
  cpuMs: () => number;
  stop: () => void;
}

function cpuMsOf(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime, stime in ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * `npm start`'s server (server/start.ts via tsx) from the checkout at `root`, on a free loopback
 * port, in live mode with `key`. Its output is scanned for the key as it streams, not kept.
 */
export async function startConsole(
  root: string,
  key: string,
  env: Record<string, string>,
): Promise<ConsoleProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      ONEINBOX_API_KEY: key,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let keyInLogs = false;
  let logLines = 0;
  let tail = '';
  const scan = (chunk: Buffer) => {
    const text = tail + chunk.toString();
    if (text.includes(key)) keyInLogs = true;
    logLines += chunk.toString().split('\n').length - 1;
    tail = text.slice(-key.length);
  };
  child.stdout.on('data', scan);
  child.stderr.on('data', scan);
  let running = true;
  child.on('exit', () => (running = false));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (!running) throw new Error(`console server in ${root} exited during start-up`);
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 150) throw new Error(`console server in ${root} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    pid: child.pid!,
    running: () => running,
    keyInLogs: () => keyInLogs,
    logLines: () => logLines,
    cpuMs: () => cpuMsOf(child.pid!),
    stop: () => child.kill('SIGTERM'),
  };
}
