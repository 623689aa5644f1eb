/**
 * `next`, or `previous` itself when it holds the same keys with the same values: a record of results
 * (traffic per edge, problems per element) that an edit did not change keeps its identity, so what
 * is worked out from the whole record (the canvas's label placement) is not worked out again.
 */
export function keptRecord<T>(previous: Readonly<Record<string, T>>, next: Record<string, T>): Record<string, T> {
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(previous).length) return next;
  return keys.every((key) => Object.hasOwn(previous, key) && Object.is(previous[key], next[key])) ? (previous as Record<string, T>) : next;
}
