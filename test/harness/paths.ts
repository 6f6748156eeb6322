import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** The checkout the harness belongs to. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Screenshots, bench results and reports (git-ignored). */
export const RESULTS_DIR = path.join(ROOT, 'test-results');

export function screenshotPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return path.join(RESULTS_DIR, `${name}.png`);
}
