/**
 * Array helpers that stay safe at any size. `target.push(...items)` and `Math.max(...values)` pass
 * every element as a call argument, and V8 throws `RangeError: Maximum call stack size exceeded`
 * past roughly 100,000 of them (15,000 tiny KB files were enough: several findings each).
 */

/** Appends `items` to `target` one by one; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Largest of `values`, or `empty` when there are none (Math.max() of nothing is -Infinity). */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let best: number | undefined;
  for (const value of values) if (best === undefined || value > best) best = value;
  return best ?? empty;
}
