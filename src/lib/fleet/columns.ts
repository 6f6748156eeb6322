/**
 * Growable typed arrays: the fleet aggregator keeps every valid event's milliseconds (exact
 * percentiles need the values) as plain numbers in a few of these, not as objects, so 5,000
 * calls cost megabytes, not hundreds of them (docs/notes/fleet.md).
 */
type Typed = Float64Array | Uint16Array;

/** A typed array that doubles its buffer when full. */
class Column<T extends Typed> {
  protected data: T;
  length = 0;

  constructor(private readonly make: (length: number) => T) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  get bytes(): number {
    return this.data.byteLength;
  }
}

export class Float64Column extends Column<Float64Array> {
  constructor() {
    super((length) => new Float64Array(length));
  }

  /** A view of the values (no copy); valid until the next push. */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

export class Uint16Column extends Column<Uint16Array> {
  constructor() {
    super((length) => new Uint16Array(length));
  }

  at(index: number): number {
    return this.data[index]!;
  }
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
