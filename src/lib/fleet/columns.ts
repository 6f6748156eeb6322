/**
 * Growable typed arrays: the fleet aggregator keeps every valid event's milliseconds (exact
 * percentiles need the values) as plain numbers in a few of these, not as objects, so 5,000
 * calls cost megabytes, not hundreds of them (docs/notes/fleet.md).
 */
export class Float64Column {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length)
      this.data = grow(this.data, new Float64Array(this.length * 2));
    this.data[this.length++] = value;
  }

  /** A view of the values (no copy); valid until the next push. */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }

  get bytes(): number {
    return this.data.byteLength;
  }
}

export class Uint16Column {
  private data = new Uint16Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length)
      this.data = grow(this.data, new Uint16Array(this.length * 2));
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }

  get bytes(): number {
    return this.data.byteLength;
  }
}

function grow<T extends Float64Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Values sorted into groups by a numeric key, in two passes over the data and one allocation:
 * `visit` is called twice and must emit the same (key, value) pairs both times. Each group comes
 * back sorted ascending, as a view into one shared buffer, so the transient cost of a grouping
 * is one Float64Array as long as the values emitted.
 */
export function sortedGroups(
  visit: (emit: (key: number, value: number) => void) => void,
): Map<number, Float64Array> {
  const counts = new Map<number, number>();
  visit((key) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const cursor = new Map<number, number>();
  let total = 0;
  for (const [key, count] of counts) {
    cursor.set(key, total);
    total += count;
  }
  const values = new Float64Array(total);
  visit((key, value) => {
    const at = cursor.get(key)!;
    values[at] = value;
    cursor.set(key, at + 1);
  });
  const groups = new Map<number, Float64Array>();
  for (const [key, end] of cursor) {
    // A typed array sorts numerically, in place, without boxing.
    groups.set(key, values.subarray(end - counts.get(key)!, end).sort());
  }
  return groups;
}
