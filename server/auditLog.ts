import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export interface AuditRecord {
  time: string;
  /** Links a stop's "requested" line to its outcome line. */
  requestId: string;
  user: string | null;
  ip: string | null;
  callId: string | null;
  /** "requested", then one of: stopped, upstream_error, upstream_timeout, upstream_unreachable,
   * client_disconnected, rejected_read_only, rejected_csrf, rejected_rate_limit. */
  result: string;
  upstreamStatus: number | null;
}

export interface AuditLog {
  /** Resolves once the line is on disk (written and fsynced). Rejects if it could not be. */
  append: (record: Omit<AuditRecord, 'time'>) => Promise<void>;
  close: () => Promise<void>;
  readonly path: string;
}

/**
 * Opens (creating if needed) an append-only JSON-lines file. Lines are written one at a time, in
 * order, each followed by fsync, so an acknowledged line survives a crash or power loss.
 */
export async function openAuditLog(filePath: string): Promise<AuditLog> {
  const resolved = path.resolve(filePath);
  await mkdir(path.dirname(resolved), { recursive: true });
  const handle: FileHandle = await open(resolved, 'a+', 0o600);
  const { size } = await handle.stat();
  if (size > 0) {
    // A crash mid-write can leave a partial last line; start ours on a fresh one.
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    if (last[0] !== 0x0a) await handle.write('\n');
  } else {
    // Make the new file's directory entry durable too.
    const dir = await open(path.dirname(resolved), 'r');
    await dir.sync().finally(() => dir.close());
  }
  await handle.sync();

  let queue: Promise<void> = Promise.resolve();
  let closed = false;
  return {
    path: resolved,
    append(record) {
      const line = `${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`;
      const run = async () => {
        if (closed) throw new Error('audit log is closed');
        await handle.write(line);
        await handle.sync();
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      closed = true;
      await handle.close();
    },
  };
}
