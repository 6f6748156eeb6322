import { readFileSync } from 'node:fs';

export interface UsersFile {
  hashes: Map<string, string>;
  /** The highest bcrypt cost in the file: unknown names are checked against a hash this costly. */
  maxCost: number;
}

/** Reads `user:hash` lines (htpasswd -B output works: $2y$ hashes are bcrypt). */
export function readUsersFile(file: string): UsersFile {
  const hashes = new Map<string, string>();
  let maxCost = 4;
  const text = readFileSync(file, 'utf8');
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const hash = line.slice(colon + 1);
    const match = /^\$2[aby]\$(\d\d)\$[./A-Za-z0-9]{53}$/.exec(hash);
    if (colon <= 0 || !match) {
      throw new Error(`${file}:${index + 1}: expected "user:bcrypt-hash"`);
    }
    maxCost = Math.max(maxCost, Number(match[1]));
    hashes.set(name, hash);
  });
  if (hashes.size === 0) throw new Error(`${file} lists no users`);
  return { hashes, maxCost };
}
