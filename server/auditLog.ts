import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { jsonLine } from './jsonLine.ts';

export interface AuditRecord {
  time: string;
  /** Links a stop's "requested" line to its outcome line. */
  requestId: string | null;
  user: string | null;
  ip: string | null;
  callId: string | null;
  /** "requested", then one of: stopped, upstream_error, upstream_bad_answer, upstream_timeout,
   * upstream_cut, upstream_unreachable; or a refusal: rejected_body, rejected_read_only,
   * rejected_csrf, rejected_rate_limit, rejected_limit_unavailable. "torn_tail_repaired" notes a
   * partial line found (and removed) when the file was opened. */
  result: string;
  upstreamStatus: number | null;
  /** Outcome lines only: the browser had gone away before the API answered. */
  clientGone?: boolean;
  /** torn_tail_repaired only: the partial line that was removed. */
  torn?: string;
}

export interface AuditLog {
  /** Resolves once the whole line is on disk (written and fsynced). Rejects if it could not be,
   * and then leaves no part of the line in the file. */
  append: (record: Omit<AuditRecord, 'time'>) => Promise<void>;
  close: () => Promise<void>;
  readonly path: string;
}

const NEWLINE = 0x0a;

/** Offset just past the file's last newline (0 if none): where its last whole line ends. */
async function endOfLastLine(handle: FileHandle, size: number): Promise<number> {
  const block = Buffer.alloc(64 * 1024);
  for (let end = size; end > 0;) {
    const start = Math.max(0, end - block.length);
    const { bytesRead } = await handle.read(block, 0, end - start, start);
    const at = block.subarray(0, bytesRead).lastIndexOf(NEWLINE);
    if (at !== -1) return start + at + 1;
    end = start;
  }
  return 0;
}

/** Writes all of `data`, looping over partial writes. A write that makes no progress is an error. */
async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  for (let offset = 0; offset < data.length;) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    if (bytesWritten <= 0) throw new Error('audit log write made no progress');
    offset += bytesWritten;
  }
}

/**
 * Opens (creating if needed) an append-only JSON-lines file. Lines are written one at a time, in
 * order, each followed by fsync, so an acknowledged line survives a crash or power loss. A line
 * is all or nothing: a write that fails part-way (a disk that fills mid-line) is cut back off, and
 * a partial last line left by a crash is removed on opening and noted in a line of its own.
 */
export async function openAuditLog(filePath: string): Promise<AuditLog> {
  const resolved = path.resolve(filePath);
  await mkdir(path.dirname(resolved), { recursive: true });
  const handle: FileHandle = await open(resolved, 'a+', 0o600);
  let size = (await handle.stat()).size;
  let torn: string | null = null;
  if (size > 0) {
    const whole = await endOfLastLine(handle, size);
    if (whole < size) {
      const rest = Buffer.alloc(Math.min(size - whole, 4096));
      await handle.read(rest, 0, rest.length, whole);
      torn = rest.toString('utf8');
      await handle.truncate(whole);
      size = whole;
    }
  } else {
    // Make the new file's directory entry durable too.
    const dir = await open(path.dirname(resolved), 'r');
    await dir.sync().finally(() => dir.close());
  }
  await handle.sync();

  let queue: Promise<void> = Promise.resolve();
  let closed = false;
  /** Set when a failed line could not be cut back off; every later append retries the cut. */
  let dirty = false;

  const write = async (record: Omit<AuditRecord, 'time'>) => {
    if (closed) throw new Error('audit log is closed');
    if (dirty) {
      await handle.truncate(size);
      await handle.sync();
      dirty = false;
    }
    const line = Buffer.from(`${jsonLine({ time: new Date().toISOString(), ...record })}\n`);
    try {
      await writeAll(handle, line);
      await handle.sync();
    } catch (error) {
      dirty = true;
      await handle
        .truncate(size)
        .then(() => handle.sync())
        .then(() => (dirty = false))
        .catch(() => undefined);
      throw error;
    }
    size += line.length;
  };

  const log: AuditLog = {
    path: resolved,
    append(record) {
      const result = queue.then(
        () => write(record),
        () => write(record),
      );
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      closed = true;
      await handle.close();
    },
  };
  if (torn !== null) {
    await log.append({
      requestId: null,
      user: null,
      ip: null,
      callId: null,
      result: 'torn_tail_repaired',
      upstreamStatus: null,
      torn,
    });
  }
  return log;
}
