/**
 * `npm run fuzz`: the fuzz project (test/fuzz, `npm run test:fuzz` in CI) for longer, with a
 * random seed. Prints the seed first and again on failure, so any failure reproduces with
 *   FUZZ_SEED=<seed> npx vitest run --project fuzz
 *
 * Env: FUZZ_SEED (default: random), FUZZ_SCALE (default 10: 10× the payloads and time caps of CI).
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const seed = process.env.FUZZ_SEED ?? String(randomInt(0, 2 ** 31 - 1));
const scale = process.env.FUZZ_SCALE ?? '10';

console.log(
  `fuzz: seed ${seed}, scale ${scale}× (reproduce with FUZZ_SEED=${seed} FUZZ_SCALE=${scale})`,
);
const result = spawnSync('npx', ['vitest', 'run', '--project', 'fuzz'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_SCALE: scale },
});
if (result.status !== 0) {
  console.error(
    `\nfuzz FAILED with seed ${seed}. Reproduce: FUZZ_SEED=${seed} FUZZ_SCALE=${scale} npm run fuzz`,
  );
}
process.exit(result.status ?? 1);
