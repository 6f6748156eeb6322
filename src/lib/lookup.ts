/**
 * A table lookup keyed by an API string. Plain `table[key]` finds Object.prototype members for
 * keys like "toString" (the fuzz suite sent those), so only the table's own entries count.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
