import { bareEnv, spawnConsole } from '../../test/harness/consoleProcess.ts';

export interface ConsoleProcess {
  base: string;
  pid: number;
  running: () => boolean;
  /** Whether the key appeared anywhere in the server's output so far. */
  keyInLogs: () => boolean;
  logLines: () => number;
  /** CPU time (user + system) the server has used so far, in ms. */
  cpuMs: () => number;
  stop: () => void;
}

/**
 * `npm start`'s server from the checkout at `root`, in live mode with `key`. Its output is
 * scanned for the key as it streams, not kept (a load run writes a lot of it).
 */
export async function startConsole(
  root: string,
  key: string,
  env: Record<string, string>,
): Promise<ConsoleProcess> {
  let keyInLogs = false;
  let logLines = 0;
  let tail = '';
  const server = await spawnConsole({
    root,
    env: { ...bareEnv(), ONEINBOX_API_KEY: key, ...env },
    keepOutput: false,
    timeoutMs: 15_000,
    onOutput: (chunk) => {
      const text = tail + chunk;
      if (text.includes(key)) keyInLogs = true;
      logLines += chunk.split('\n').length - 1;
      tail = text.slice(-key.length);
    },
  });
  return {
    base: server.url,
    pid: server.pid,
    running: server.running,
    keyInLogs: () => keyInLogs,
    logLines: () => logLines,
    cpuMs: server.cpuMs,
    stop: () => void server.stop(),
  };
}
