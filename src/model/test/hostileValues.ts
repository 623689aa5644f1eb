import fc from 'fast-check';

/** Keys that reach `Object.prototype` or shadow its methods when a parser assigns them naively. */
export const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** Values a hostile or broken document puts where a number, a string or an object belongs. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0, -0, -1, -1e-9, 1e-300, 5e-324, 1e21, 1e308, Number.MAX_SAFE_INTEGER + 2, -1e308,
    'NaN', 'Infinity', '-Infinity', '1e309', '-1', '0x10', '', ' ', '\u0000', '\u202e<b>', '🙂'.repeat(50),
    '<img src=x onerror=alert(1)>', '__proto__', 'constructor', true, null, [], {}, [1, 2, 3],
  ),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(...prototypeKeys).map((key) => JSON.parse(`{"${key}": {"polluted": true, "schemaVersion": 1}}`) as unknown),
  fc.jsonValue({ maxDepth: 4 }),
);

/** Every path to a leaf or a container of a JSON document, e.g. ['components', 2, 'instances']. */
export function jsonPaths(value: unknown, prefix: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => jsonPaths(item, [...prefix, i], into));
  else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([key, item]) => jsonPaths(item, [...prefix, key], into));
  return into;
}

/** A deep copy of `document` with the value at `path` replaced (or, at a key, added). */
export function withValueAt(document: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(document) ? [...document] : { ...(document as Record<string, unknown>) }) as Record<string | number, unknown>;
  Object.defineProperty(copy, head, { value: withValueAt(copy[head], rest, value), enumerable: true, writable: true, configurable: true });
  return copy;
}
