/**
 * CI runs the fuzz properties with a fixed seed, so a failure reproduces exactly.
 * `npm run fuzz` (test/fuzz/run.ts) sets FUZZ_SEED to a random value and scales the runs up
 * with FUZZ_SCALE; fast-check prints the seed and the shrunk counterexample on failure.
 */
// The app's tsconfig has no Node types; vitest runs in Node, so process is there at run time.
const env: Record<string, string | undefined> =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

export const FUZZ_SEED = Number(env.FUZZ_SEED ?? 20261122);
const scale = Math.max(1, Number(env.FUZZ_SCALE ?? 1));

/** How many payloads each property generates at scale 1. */
export const RUNS = {
  /** Parse and every normaliser: the bulk (≥ 10,000 in CI). */
  parse: Math.round(10_000 * scale),
  /** The real routes rendered to a string (every component's render function, no effects). */
  light: Math.round(2_000 * scale),
  /** Full renders in jsdom, effects and the lazy latency chunk included. */
  dom: Math.round(60 * scale),
  /** Not-a-call payloads served over MSW, through the real fetch and error path. */
  served: Math.round(30 * scale),
  /** Generated pages of the calls list, served over MSW. */
  list: Math.round(30 * scale),
};

/**
 * Time caps (ms) per property; CI must stay well inside its budget on a shared 2-core box.
 * A property cut short by its cap still fails when it ran fewer than MIN_RUNS payloads.
 */
export const TIME_LIMIT_MS = {
  parse: Number(env.FUZZ_PARSE_MS ?? 100_000) * scale,
  light: Number(env.FUZZ_LIGHT_MS ?? 30_000) * scale,
  dom: Number(env.FUZZ_DOM_MS ?? 25_000) * scale,
  served: Number(env.FUZZ_SERVED_MS ?? 10_000) * scale,
  list: Number(env.FUZZ_LIST_MS ?? 20_000) * scale,
};

/** Below this many payloads a property has not checked enough; the parse bulk must finish. */
export const MIN_RUNS = {
  parse: RUNS.parse,
  light: Math.min(RUNS.light, 150),
  dom: Math.min(RUNS.dom, 15),
  served: Math.min(RUNS.served, 15),
};
