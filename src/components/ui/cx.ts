/** Joins class names, skipping the falsy ones (clsx's job, for the few places that need it). */
export function cx(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}
