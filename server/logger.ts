import { jsonLine } from './jsonLine.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log: (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void;
}

export interface LoggerOptions {
  /** Values that must never be printed (the API key); replaced wherever they appear. */
  secrets?: (string | null | undefined)[];
  write?: (line: string, level: LogLevel) => void;
}

const defaultWrite = (line: string, level: LogLevel) => {
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
};

/**
 * One JSON object per line. Secrets are scrubbed from the serialized line itself, so no field,
 * error message or nested object can leak the key, whatever a caller passes in.
 */
export function createLogger({ secrets = [], write = defaultWrite }: LoggerOptions = {}): Logger {
  const scrub = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
  return {
    log(level, msg, fields = {}) {
      let line: string;
      try {
        line = jsonLine({ time: new Date().toISOString(), level, msg, ...fields });
      } catch {
        line = jsonLine({ time: new Date().toISOString(), level, msg, unserializable: true });
      }
      for (const secret of scrub) line = line.split(secret).join('[redacted]');
      write(line, level);
    },
  };
}

/** Errors become plain fields; stacks stay out of production logs' one-line format. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    return { error: error.message, code: (error as NodeJS.ErrnoException).code };
  }
  return { error: String(error) };
}
