/**
 * Bugs the fuzz found in code outside this suite, reported to the lead and waiting for a fix.
 * While `open()` is true, payloads that hit the bug are skipped (fc.pre) so CI stays green
 * and the fuzz keeps looking for other bugs. Where it can, `open()` probes the real code, so
 * the filter switches itself off when the fix lands; otherwise delete the entry with the fix.
 */
export interface KnownBug {
  id: string;
  /** Where the bug shows: only payloads checked there are skipped. */
  scope: 'everywhere' | 'dom' | 'list';
  where: string;
  symptom: string;
  open: () => boolean;
  hits: (raw: Record<string, unknown>) => boolean;
}

/**
 * Fixed since they were found: end_reason / latency type "toString" returned a function and a
 * lone-surrogate id crashed the list (6bfd881); a subnormal latency value crashed the charts
 * (92e0a5e). Their repros live on in test/unit/regressions/fuzzFindings.test.tsx.
 */
export const KNOWN_BUGS: KnownBug[] = [
  {
    id: 'json-view-empty-key-collision',
    scope: 'everywhere',
    where:
      'react-json-view-lite 2.5.0 (used by src/components/ui/JsonTree.tsx): `key: field || index`',
    symptom:
      'an object with an empty key "" at position n and a key named "n" (e.g. kb_snapshot ' +
      '{"4": 1, "a": 2, "b": 3, "c": 4, "": 5}) gives two children the same React key; React ' +
      'warns and may drop or duplicate a field in the raw JSON tree.',
    // Fixed in src/lib/json.ts withVisibleEmptyKeys; test/unit/regressions/fuzzFindings.test.tsx keeps it fixed.
    open: () => false,
    hits: (raw) => hasEmptyKeyCollision(raw, 0),
  },
];

/** Some object in the value has "" at index n and also a key "n" (react-json-view-lite's keys). */
function hasEmptyKeyCollision(value: unknown, depth: number): boolean {
  if (depth > 400 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => hasEmptyKeyCollision(v, depth + 1));
  const keys = Object.keys(value);
  const empty = keys.indexOf('');
  if (empty >= 0 && keys.includes(String(empty))) return true;
  return Object.values(value).some((v) => hasEmptyKeyCollision(v, depth + 1));
}

/** True when a payload would only re-find a bug that is already reported and still open. */
export function hitsOpenBug(raw: unknown, where: 'page' | 'dom' | 'list' = 'page'): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  return KNOWN_BUGS.some(
    (bug) =>
      (bug.scope === 'everywhere' || bug.scope === where) &&
      bug.open() &&
      bug.hits(raw as Record<string, unknown>),
  );
}

/** Bugs that only a whole page of the list shows (several items together). */
export const KNOWN_LIST_PAGE_BUGS: {
  id: string;
  where: string;
  symptom: string;
  hits: (items: unknown[]) => boolean;
}[] = [
  // list-duplicate-ids: fixed (rows keyed uniquely); test/unit/regressions/fuzzFindings.test.tsx keeps it fixed.
];
