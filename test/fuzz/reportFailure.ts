import type fc from 'fast-check';

const MAX_EXAMPLE_CHARS = 1_500;

/**
 * fast-check's default report prints the whole counterexample; a fuzzed payload can be
 * megabytes. This report keeps what is needed to reproduce: seed, path, the error, and the
 * start of the payload (rerun with FUZZ_SEED and the path to get the rest).
 */
export function reportFailure<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const example = JSON.stringify(details.counterexample) ?? String(details.counterexample);
  const shown =
    example.length > MAX_EXAMPLE_CHARS
      ? `${example.slice(0, MAX_EXAMPLE_CHARS)}… (${example.length} chars)`
      : example;
  const error =
    details.errorInstance instanceof Error
      ? details.errorInstance.message.slice(0, 2_000)
      : String(details.errorInstance).slice(0, 2_000);
  const suspects = findSuspects(details.counterexample).slice(0, 20);
  throw new Error(
    [
      `Property failed after ${details.numRuns} runs.`,
      `Reproduce: FUZZ_SEED=${details.seed} (path ${JSON.stringify(details.counterexamplePath)})`,
      `Error: ${error}`,
      suspects.length ? `Suspicious values: ${suspects.join('; ')}` : '',
      `Counterexample: ${shown}`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Values that often break lookups (prototype keys) and where they sit, outside the cut-off. */
function findSuspects(value: unknown, path = '$', out: string[] = [], depth = 0): string[] {
  if (depth > 40 || out.length > 40) return out;
  if (typeof value === 'string') {
    if (PROTOTYPE_KEYS.has(value)) out.push(`${path} = ${JSON.stringify(value)}`);
  } else if (Array.isArray(value)) {
    value.slice(0, 50).forEach((v, i) => findSuspects(v, `${path}[${i}]`, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (PROTOTYPE_KEYS.has(k)) out.push(`${path} has key ${JSON.stringify(k)}`);
      findSuspects(v, `${path}.${k}`, out, depth + 1);
    }
  }
  return out;
}
