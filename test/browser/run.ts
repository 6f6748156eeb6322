/**
 * Runs every browser test file (test/browser/*.spec.ts) in sequence against the built app.
 * Plain node:test keeps this small: playwright-core only drives Chromium, no runner needed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.spec.ts') && (!filter || f.includes(filter)))
  .sort()
  .map((f) => path.join(dir, f));

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: process.env },
);
process.exit(result.status ?? 1);
