/**
 * JSON.stringify escapes C0 controls, but leaves DEL, the C1 controls (U+0085 NEL among them) and
 * U+2028/U+2029 as they are, and line-oriented readers (Python's splitlines, many log shippers)
 * break lines on those. Escaping them keeps one record on one line whatever a field holds.
 */
const UNSAFE = /[\u007f-\u009f\u2028\u2029]/g;

export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
