import { readFileSync } from 'node:fs';

/** The records of a JSON-lines audit log, oldest first. */
export function readAuditLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
