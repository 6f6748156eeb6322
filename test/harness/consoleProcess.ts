/**
 * `npm start`'s server (server/start.ts via tsx) as a child process on a free loopback port.
 * The browser tests, the bench, the load test and the server tests all start it through here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './freePort.ts';
import { ROOT } from './paths.ts';

export interface ConsoleProcessOptions {
  /** Everything the child's environment holds besides PORT (a free one) and HOST (loopback
   * unless set here); callers decide what to inherit. */
  env: Record<string, string | undefined>;
  /** The checkout to run (default: this one); the load test also runs a baseline checkout. */
  root?: string;
  /** Wait until /healthz answers (default true). */
  wait?: boolean;
  timeoutMs?: number;
  /** Caps every file the process writes, in bytes (a multiple of 512), as `ulimit -f` does. */
  fileSizeLimit?: number;
  /** Sees the output as it streams; with `keepOutput: false` it is not kept. */
  onOutput?: (chunk: string) => void;
  keepOutput?: boolean;
}

export interface ConsoleProcess {
  url: string;
  child: ChildProcess;
  pid: number;
  output: () => string;
  running: () => boolean;
  exited: Promise<number | null>;
  /** CPU time (user + system) used so far, in ms; unlike latency, not skewed by other load. */
  cpuMs: () => number;
  /** SIGTERM, resolved once the process has exited. */
  stop: () => Promise<void>;
}

function cpuMsOf(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime, stime in ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export async function spawnConsole(o: ConsoleProcessOptions): Promise<ConsoleProcess> {
  const root = o.root ?? ROOT;
  const port = await freePort();
  const args = ['--import', 'tsx', 'server/start.ts'];
  const [command, argv] = o.fileSizeLimit
    ? [
        '/bin/sh',
        ['-c', `ulimit -f ${o.fileSizeLimit / 512} && exec "$0" "$@"`, process.execPath, ...args],
      ]
    : [process.execPath, args];
  const child = spawn(command, argv as string[], {
    cwd: root,
    env: { HOST: '127.0.0.1', ...o.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = o.keepOutput ?? true;
  let log = '';
  const take = (d: Buffer) => {
    const text = d.toString();
    if (keep) log += text;
    o.onOutput?.(text);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  if (o.wait ?? true) {
    const deadline = Date.now() + (o.timeoutMs ?? 20_000);
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`console server in ${root} exited early:\n${log}`);
      if (Date.now() > deadline)
        throw new Error(`console server in ${root} did not start:\n${log}`);
      const up = await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    child,
    pid: child.pid!,
    output: () => log,
    running: () => child.exitCode === null && child.signalCode === null,
    exited,
    cpuMs: () => cpuMsOf(child.pid!),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The minimal environment a server needs when it must not inherit this process's. */
export function bareEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
}

export type RunningServer = ConsoleProcess;

/**
 * The console as the browser tests and the bench run it: demo mode unless `env` sets a key,
 * this process's environment inherited, the stop audit in a temp file (never the working tree).
 */
export function startConsoleServer(
  env: Record<string, string> = {},
  root?: string,
): Promise<RunningServer> {
  const { PORT: _port, HOST: _host, ...inherited } = process.env;
  return spawnConsole({
    root,
    env: {
      ...inherited,
      // As `npm start` runs it: React's production build renders the server pages.
      NODE_ENV: 'production',
      ONEINBOX_API_KEY: '',
      CONSOLE_AUDIT_LOG: path.join(tmpdir(), `console-audit-${process.pid}-${randomUUID()}.jsonl`),
      ...env,
    },
  });
}
