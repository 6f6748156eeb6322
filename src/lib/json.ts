/** Small JSON helpers for untrusted API values. None of them throws. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Pretty JSON text for any value. Strings come back as they are (not quoted), so prose stays
 * readable; cycles, BigInt and other unserialisable values fall back to String().
 */
export function toJsonText(value: unknown, indent = 2): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, indent) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Like toJsonText, but strings are JSON-quoted too: the form used for "copy as JSON". */
export function toStrictJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? 'null';
  } catch {
    return String(value);
  }
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; text: string };

/** Tool arguments arrive as a JSON string; parse it when it is JSON, keep the text when not. */
export function parseJsonText(value: unknown): ParsedJson {
  if (typeof value !== 'string') return { ok: true, value };
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, text: value };
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch {
    return { ok: false, text: value };
  }
}

/** A JSON string pretty-printed when it parses, or the text unchanged. */
export function prettyJsonText(value: unknown): { text: string; valid: boolean } {
  const parsed = parseJsonText(value);
  if (!parsed.ok) return { text: parsed.text, valid: false };
  return { text: toJsonText(parsed.value), valid: true };
}

/** True for values a JSON tree can show (objects and arrays). */
export function isTreeValue(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** How an empty object key is shown in the JSON tree. */
export const EMPTY_KEY_LABEL = '(empty key)';

function hasEmptyKey(value: unknown, depth: number): boolean {
  if (depth > 1_000 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => hasEmptyKey(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k === '' || hasEmptyKey(v, depth + 1));
}

function relabel(value: unknown, depth: number): unknown {
  if (depth > 1_000 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => relabel(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    let key = k;
    if (key === '') {
      key = EMPTY_KEY_LABEL;
      while (Object.hasOwn(value, key)) key = `${key} `;
    }
    out[key] = relabel(v, depth + 1);
  }
  return out;
}

/**
 * react-json-view-lite keys a field by `name || index`, so an empty key at position n collides
 * with a field named "n" and React may drop one. For display only, "" becomes a visible label;
 * the value is returned untouched (same object) when it has no empty key at all.
 */
export function withVisibleEmptyKeys(value: unknown): unknown {
  return hasEmptyKey(value, 0) ? relabel(value, 0) : value;
}
